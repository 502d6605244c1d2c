package io.maestro.websocket.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;

/** The sockets open on this instance and the channels they listen to. */
@Component
public class SessionRegistry {

    private final Map<String, ClientSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Set<ClientSession>> subscribers = new ConcurrentHashMap<>();

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
