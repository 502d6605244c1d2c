package io.maestro.common.messaging;

/**
 * Remembers the ids of messages whose handler has completed, so that a redelivered or re-published message is
 * not applied twice. The auto-configuration uses {@link InMemoryProcessedMessageStore} unless the service
 * declares its own bean (audit-app keeps none: its rows carry their change's id, unique).
 */
public interface ProcessedMessageStore {

    boolean isProcessed(String messageId);

    /** Records {@code messageId}; {@code false} when it was already recorded. */
    boolean markProcessed(String messageId);
}
