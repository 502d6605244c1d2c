package io.maestro.websocket.domain;

/**
 * What {@code /api} hands to every instance through the fanout exchange. All kinds travel through the one queue of
 * each instance, so an instance carries them out in the order {@code /api} accepted them: a publication sent after a
 * {@link Disconnect} or an {@link Unsubscribe} never reaches the sockets they ended.
 */
public sealed interface FanoutMessage permits Publication, Disconnect, Unsubscribe {

    /** The AMQP message type it travels under. */
    String type();
}
