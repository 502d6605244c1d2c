package io.maestro.websocket.domain;

import io.maestro.common.token.SessionUser;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One browser socket: who it is once connected, what it listens to, and when it was last heard from. Sends go through
 * a thread-safe session (pushes, heartbeats and replies come from different threads).
 */
public class ClientSession {

    private static final Logger log = LoggerFactory.getLogger(ClientSession.class);

    private final WebSocketSession socket;
    private final long openedAtNanos;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private volatile SessionUser user;
    private volatile long lastHeardNanos;
    private volatile long lastPingNanos;
    private CompletableFuture<Void> commandsInFlight = CompletableFuture.completedFuture(null);

    public ClientSession(WebSocketSession threadSafeSocket, long nowNanos) {
        this.socket = threadSafeSocket;
        this.openedAtNanos = nowNanos;
        this.lastHeardNanos = nowNanos;
        this.lastPingNanos = nowNanos;
    }

    public String id() {
        return socket.getId();
    }

    /** The authenticated user, or null before a successful {@code connect}. */
    public SessionUser user() {
        return user;
    }

    public boolean isConnected() {
        return user != null;
    }

    public void authenticate(SessionUser sessionUser) {
        this.user = sessionUser;
    }

    public Set<String> channels() {
        return channels;
    }

    public long openedAtNanos() {
        return openedAtNanos;
    }

    public long lastHeardNanos() {
        return lastHeardNanos;
    }

    public void heardAt(long nowNanos) {
        this.lastHeardNanos = nowNanos;
    }

    public long lastPingNanos() {
        return lastPingNanos;
    }

    public void pingedAt(long nowNanos) {
        this.lastPingNanos = nowNanos;
    }

    /**
     * Runs a command off the socket's reading thread (it may wait on data-app), after the commands this socket sent
     * before it, so that subscribe/unsubscribe keep their order; {@code onFailure} answers a command that failed or
     * could not be queued.
     */
    public synchronized void runInOrder(Runnable command, Executor executor, Consumer<Throwable> onFailure) {
        commandsInFlight = commandsInFlight.thenRunAsync(command, executor).exceptionally(failure -> {
            onFailure.accept(failure);
            return null;
        });
    }

    /** Sends a frame; a socket that cannot take it (gone, or too slow to drain its buffer) is closed. */
    public void send(TextMessage frame) {
        if (!socket.isOpen()) {
            return;
        }
        try {
            socket.sendMessage(frame);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing socket {}: send failed: {}", id(), e.toString());
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    public void close(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Socket {} did not close cleanly: {}", id(), e.toString());
        }
    }
}
