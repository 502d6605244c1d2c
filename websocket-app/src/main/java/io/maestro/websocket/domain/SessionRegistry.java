package io.maestro.websocket.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;

/**
 * The sockets open on this instance and the channels they listen to, and a count of the session commands carried out
 * ({@link #endings()}), which lets a connect or subscribe checked meanwhile tell that it must be checked again.
 */
@Component
public class SessionRegistry {

    private final Map<String, ClientSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Set<ClientSession>> subscribers = new ConcurrentHashMap<>();
    private final AtomicLong endings = new AtomicLong();

    public void register(ClientSession session) {
        sessions.put(session.id(), session);
    }

    public ClientSession get(String sessionId) {
        return sessions.get(sessionId);
    }

    public void unregister(String sessionId) {
        ClientSession session = sessions.remove(sessionId);
        if (session == null) {
            return;
        }
        for (String channel : session.channels()) {
            unsubscribe(session, channel);
        }
    }

    /** Adds the subscription unless the socket has meanwhile closed (subscriptions are checked off its thread). */
    public boolean subscribe(ClientSession session, String channel) {
        session.channels().add(channel);
        subscribers.computeIfAbsent(channel, key -> ConcurrentHashMap.newKeySet()).add(session);
        if (!sessions.containsKey(session.id())) {
            unsubscribe(session, channel);
            return false;
        }
        return true;
    }

    public void unsubscribe(ClientSession session, String channel) {
        session.channels().remove(channel);
        subscribers.computeIfPresent(channel, (key, listeners) -> {
            listeners.remove(session);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /**
     * How many {@link Disconnect}s and {@link Unsubscribe}s this instance has carried out. A check that reads it
     * before and after asking whether a socket may connect or subscribe, and finds it changed, asks again: the answer
     * may predate the change that the command announced.
     */
    public long endings() {
        return endings.get();
    }

    /** Closes the sockets the command ends with {@code status}; returns how many. */
    public int disconnect(Disconnect command, CloseStatus status) {
        endings.incrementAndGet();
        int closed = 0;
        for (ClientSession session : sessions.values()) {
            if (command.ends(session)) {
                session.close(status);
                closed++;
            }
        }
        return closed;
    }

    /** Drops the subscriptions the command ends, telling each socket with {@code notice}; returns how many. */
    public int unsubscribe(Unsubscribe command, TextMessage notice) {
        endings.incrementAndGet();
        Set<ClientSession> listeners = subscribers.get(command.channel());
        if (listeners == null) {
            return 0;
        }
        int dropped = 0;
        for (ClientSession session : List.copyOf(listeners)) {
            if (command.ends(session)) {
                unsubscribe(session, command.channel());
                session.send(notice);
                dropped++;
            }
        }
        return dropped;
    }

    public boolean hasSubscribers(String channel) {
        return subscribers.containsKey(channel);
    }

    /** Sends the frame to every local subscriber of the channel; returns how many got it. */
    public int deliver(String channel, TextMessage frame) {
        Set<ClientSession> listeners = subscribers.get(channel);
        if (listeners == null) {
            return 0;
        }
        int delivered = 0;
        for (ClientSession session : listeners) {
            session.send(frame);
            delivered++;
        }
        return delivered;
    }

    public Collection<ClientSession> all() {
        return sessions.values();
    }

    public int size() {
        return sessions.size();
    }
}
