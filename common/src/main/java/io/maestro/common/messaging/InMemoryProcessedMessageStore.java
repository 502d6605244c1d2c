package io.maestro.common.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the most recent {@code capacity} processed message ids of this process (oldest forgotten first). */
public class InMemoryProcessedMessageStore implements ProcessedMessageStore {

    private final Map<String, Boolean> ids;

    public InMemoryProcessedMessageStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.ids = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized boolean isProcessed(String messageId) {
        return ids.containsKey(messageId);
    }

    @Override
    public synchronized boolean markProcessed(String messageId) {
        return ids.put(messageId, Boolean.TRUE) == null;
    }
}
