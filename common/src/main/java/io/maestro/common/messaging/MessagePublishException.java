package io.maestro.common.messaging;

import org.springframework.amqp.AmqpException;

/** The broker did not take a message: no such queue, a negative confirm, no confirm in time, or no connection. */
public class MessagePublishException extends AmqpException {

    public MessagePublishException(String message) {
        super(message);
    }

    public MessagePublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
