package io.maestro.common.messaging;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.expression.common.LiteralExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * After the last failed attempt, republishes the message (with the exception message and stack trace as
 * headers) to {@code <its queue>.dlq} through the default exchange, waiting for the broker's confirm. Done by
 * the application rather than by broker dead-lettering because the embedded broker rejects RabbitMQ's
 * {@code x-dead-letter-*} queue arguments. The service's {@link FailedMessageHandler}s hear of it first.
 */
class DeadLetterRecoverer extends RepublishMessageRecovererWithConfirms {

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
