package io.maestro.websocket.domain;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the live-notification service ({@code maestro.websocket.*}).
 *
 * @param exchange             the fanout exchange every instance binds its own queue to
 * @param pingInterval         how often the server pings a connected browser; a browser silent for two intervals is dropped
 * @param connectTimeout       how long a new socket may stay without a successful {@code connect}
 * @param membershipCache      how long a positive team-membership answer from data-app is reused
 * @param maxSubscriptions     channels one socket may hold
 * @param maxBroadcastChannels channels one {@code broadcast} command may name
 * @param allowedOrigins       browser origins allowed to open the socket
 */
@ConfigurationProperties("maestro.websocket")
public record WebsocketProperties(String exchange, Duration pingInterval, Duration connectTimeout,
        Duration membershipCache, int maxSubscriptions, int maxBroadcastChannels, List<String> allowedOrigins) {
}
