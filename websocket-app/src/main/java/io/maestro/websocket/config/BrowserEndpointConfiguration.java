package io.maestro.websocket.config;

import io.maestro.websocket.api.BrowserConnectionHandler;
import io.maestro.websocket.domain.SessionRegistry;
import io.maestro.websocket.domain.WebsocketProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/** The browser WebSocket at {@code /connection/websocket}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(WebsocketProperties.class)
public class BrowserEndpointConfiguration implements WebSocketConfigurer {

    /** Browser commands are a few hundred bytes; anything much larger is refused by the container (close 1009). */
    private static final int MAX_COMMAND_BYTES = 16 * 1024;

    /** Connects and subscriptions being checked at once (each may wait on server-app or data-app) and waiting beyond that. */
    private static final int COMMAND_THREADS = 8;
    private static final int COMMAND_QUEUE = 10_000;

    private final BrowserConnectionHandler handler;
    private final WebsocketProperties properties;

    public BrowserEndpointConfiguration(BrowserConnectionHandler handler, WebsocketProperties properties) {
        this.handler = handler;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // The token travels inside the socket, not as a cookie, so a foreign origin cannot ride on a user's session.
        registry.addHandler(handler, WebsocketSecurityConfiguration.BROWSER_ENDPOINT)
                .setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
    }

    @Bean
    static ThreadPoolTaskExecutor commandExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(COMMAND_THREADS);
        executor.setMaxPoolSize(COMMAND_THREADS);
        executor.setQueueCapacity(COMMAND_QUEUE);
        executor.setThreadNamePrefix("websocket-command-");
        return executor;
    }

    /** {@code maestro_websocket_sessions} on /actuator/prometheus: sockets open on this instance. */
    @Bean
    static MeterBinder websocketSessionsGauge(SessionRegistry sessions) {
        return meters -> Gauge.builder("maestro.websocket.sessions", sessions, SessionRegistry::size)
                .description("Browser sockets open on this instance")
                .register(meters);
    }

    @Bean
    static ServletServerContainerFactoryBean websocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(MAX_COMMAND_BYTES);
        container.setMaxBinaryMessageBufferSize(MAX_COMMAND_BYTES);
        return container;
    }
}
