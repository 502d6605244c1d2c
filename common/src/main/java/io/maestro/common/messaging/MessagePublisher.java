package io.maestro.common.messaging;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.MessageConverter;

/**
 * Puts {@link MaestroMessage}s on a queue and returns only once the broker has confirmed them (persistent,
 * mandatory, correlated publisher confirms). A message the broker cannot route (no such queue), refuses, or
 * does not confirm in time is a {@link MessagePublishException}: a caller never reports work as queued when it
 * is not.
 */
public class MessagePublisher {

    private static final String DEFAULT_EXCHANGE = "";

    private final RabbitTemplate template;
    private final Duration confirmTimeout;

    public MessagePublisher(ConnectionFactory connectionFactory, MessageConverter converter, Duration confirmTimeout) {
        this.template = new RabbitTemplate(connectionFactory);
        this.template.setMessageConverter(converter);
        this.template.setMandatory(true);
        // a returned message is read from its CorrelationData in publish(); nothing else to do here
        this.template.setReturnsCallback(returned -> { });
        this.confirmTimeout = confirmTimeout;
    }

    /** Publishes {@code payload} in a new message (fresh id) and returns that message. */
    public <T> MaestroMessage<T> publish(String queue, T payload) {
        MaestroMessage<T> message = MaestroMessage.of(payload);
        publish(queue, message);
        return message;
    }

    /** Publishes {@code message} as it is: publishing it again keeps its id, so consumers apply it once. */
    public void publish(String queue, MaestroMessage<?> message) {
        confirmed(queue, message, send(queue, message));
    }

    private void confirmed(String queue, MaestroMessage<?> message, CorrelationData correlation) {
        CorrelationData.Confirm confirm = awaitConfirm(queue, message, correlation);
        ReturnedMessage returned = correlation.getReturned();
        if (returned != null) {
            throw new MessagePublishException("Queue '" + queue + "' did not take message " + message.messageId()
                    + ": " + returned.getReplyCode() + " " + returned.getReplyText());
        }
        if (!confirm.ack()) {
            // Qpid answers an unroutable mandatory message with a nack without reason
            throw new MessagePublishException("The broker refused message " + message.messageId() + " for queue '"
                    + queue + "'" + (confirm.reason() == null ? "" : ": " + confirm.reason()));
        }
    }

    /**
     * Publishes every message of {@code messages}, then waits for their confirms: one round trip's wait for the lot
     * instead of one per message. Answers why each message the broker did not take was refused (none: all confirmed).
     * Once a message cannot even be sent (no connection), the rest are not tried and fail for the same reason.
     */
    public Map<String, MessagePublishException> publishAll(String queue, List<? extends MaestroMessage<?>> messages) {
        Map<String, MessagePublishException> failures = new LinkedHashMap<>();
        Map<MaestroMessage<?>, CorrelationData> sent = new LinkedHashMap<>();
        MessagePublishException cannotSend = null;
        for (MaestroMessage<?> message : messages) {
            if (cannotSend != null) {
                failures.put(message.messageId(), cannotSend);
                continue;
            }
            try {
                sent.put(message, send(queue, message));
            } catch (MessagePublishException failure) {
                cannotSend = failure;
                failures.put(message.messageId(), failure);
            }
        }
        sent.forEach((message, correlation) -> {
            try {
                confirmed(queue, message, correlation);
            } catch (MessagePublishException failure) {
                failures.put(message.messageId(), failure);
            }
        });
        return failures;
    }

    private CorrelationData send(String queue, MaestroMessage<?> message) {
        CorrelationData correlation = new CorrelationData(message.messageId());
        try {
            template.convertAndSend(DEFAULT_EXCHANGE, queue, message, amqp -> {
                amqp.getMessageProperties().setMessageId(message.messageId());
                amqp.getMessageProperties().setDeliveryMode(MessageDeliveryMode.PERSISTENT);
                return amqp;
            }, correlation);
            return correlation;
        } catch (AmqpException e) {
            throw new MessagePublishException("Cannot publish message " + message.messageId() + " to queue '" + queue
                    + "': " + e.getMessage(), e);
        }
    }

    private CorrelationData.Confirm awaitConfirm(String queue, MaestroMessage<?> message, CorrelationData correlation) {
        try {
            return correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new MessagePublishException("No confirm from the broker within " + confirmTimeout + " for message "
                    + message.messageId() + " to queue '" + queue + "'", e);
        } catch (ExecutionException e) {
            throw new MessagePublishException("Publishing message " + message.messageId() + " to queue '" + queue
                    + "' failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagePublishException("Interrupted while waiting for the confirm of message "
                    + message.messageId(), e);
        }
    }
}
