package io.maestro.common.messaging;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageBatchRecoverer;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.expression.common.LiteralExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * After the last failed attempt, republishes the message (with the exception message and stack trace as
 * headers) to {@code <its queue>.dlq} through the default exchange, waiting for the broker's confirm. Done by
 * the application rather than by broker dead-lettering because the embedded broker rejects RabbitMQ's
 * {@code x-dead-letter-*} queue arguments. The service's {@link FailedMessageHandler}s hear of it first. A batch
 * listener hands it the messages of its batch it cannot handle for good, one by one, and the container the whole batch
 * after its last failed attempt.
 */
public class DeadLetterRecoverer extends RepublishMessageRecovererWithConfirms implements MessageBatchRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);
    private static final String DEFAULT_EXCHANGE = "";

    private final List<FailedMessageHandler> handlers;

    DeadLetterRecoverer(RabbitTemplate template, List<FailedMessageHandler> handlers) {
        super(template, new LiteralExpression(DEFAULT_EXCHANGE),
                new SpelExpressionParser().parseExpression("messageProperties.consumerQueue + '"
                        + MaestroQueues.deadLetterQueue("") + "'"),
                ConfirmType.CORRELATED);
        this.handlers = List.copyOf(handlers);
    }

    @Override
    public void recover(List<Message> messages, Throwable cause) {
        messages.forEach(message -> recover(message, cause));
    }

    @Override
    public void recover(Message message, Throwable cause) {
        for (FailedMessageHandler handler : handlers) {
            try {
                handler.failedForGood(message, cause);
            } catch (RuntimeException failed) {
                log.warn("Reporting the failure of message {} failed: {}", message.getMessageProperties().getMessageId(),
                        failed.toString());
            }
        }
        super.recover(message, cause);
    }
}
