package io.maestro.websocket.api;

import io.maestro.websocket.domain.BrowserFrames;
import io.maestro.websocket.domain.ClientSession;
import io.maestro.websocket.domain.SessionRegistry;
import io.maestro.websocket.domain.WebsocketProperties;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Keeps sockets honest: pings every connected browser each {@code ping-interval}, drops one that has sent nothing
 * (no pong, no command) for two intervals, and drops a socket that has not connected within {@code connect-timeout}.
 */
@Component
public class Heartbeat implements SmartLifecycle {

    /** Close code for a browser that stopped answering pings (application range, see docs/websocket.md). */
    public static final CloseStatus SILENT = new CloseStatus(4000, "no pong");

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final SessionRegistry registry;
    private final BrowserFrames frames;
    private final long pingIntervalNanos;
    private final long connectTimeoutNanos;
    private final Duration sweepPeriod;
    private ScheduledExecutorService scheduler;

    public Heartbeat(SessionRegistry registry, BrowserFrames frames, WebsocketProperties properties) {
        this.registry = registry;
        this.frames = frames;
        this.pingIntervalNanos = properties.pingInterval().toNanos();
        this.connectTimeoutNanos = properties.connectTimeout().toNanos();
        Duration shorter = properties.pingInterval().compareTo(properties.connectTimeout()) < 0
                ? properties.pingInterval() : properties.connectTimeout();
        this.sweepPeriod = shorter.dividedBy(4);
    }

    void sweep() {
        long now = System.nanoTime();
        for (ClientSession client : registry.all()) {
            try {
                if (!client.isConnected()) {
                    if (now - client.openedAtNanos() > connectTimeoutNanos) {
                        client.close(CloseStatus.POLICY_VIOLATION.withReason("connect timeout"));
                    }
                } else if (now - client.lastHeardNanos() > 2 * pingIntervalNanos) {
                    client.close(SILENT);
                } else if (now - client.lastPingNanos() >= pingIntervalNanos) {
                    client.pingedAt(now);
                    client.send(frames.ping());
                }
            } catch (RuntimeException e) {
                log.warn("Heartbeat failed for socket {}", client.id(), e);
            }
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "websocket-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, sweepPeriod.toMillis());
        scheduler.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
