package io.maestro.common.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every Maestro queue: a typed payload and the id that makes handling idempotent. A message
 * published again (or redelivered by the broker) keeps its {@code messageId}, so a consumer that has already
 * applied it skips it. The publisher also copies the id into the AMQP {@code message-id} property.
 */
public record MaestroMessage<T>(String messageId, Instant createdAt, T payload) {

    public MaestroMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(payload, "payload");
    }

    /** A new message with a fresh random id. */
    public static <T> MaestroMessage<T> of(T payload) {
        return new MaestroMessage<>(UUID.randomUUID().toString(), Instant.now(), payload);
    }
}
