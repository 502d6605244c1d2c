package io.maestro.common.messaging;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.expression.common.LiteralExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * After the last failed attempt, republishes the message (with the exception message and stack trace as
 * headers) to {@code <its queue>.dlq} through the default exchange, waiting for the broker's confirm. Done by
 * the application rather than by broker dead-lettering because the embedded broker rejects RabbitMQ's
 * {@code x-dead-letter-*} queue arguments.
 */
class DeadLetterRecoverer extends RepublishMessageRecovererWithConfirms {

    private static final String DEFAULT_EXCHANGE = "";

    DeadLetterRecoverer(RabbitTemplate template) {
        super(template, new LiteralExpression(DEFAULT_EXCHANGE),
                new SpelExpressionParser().parseExpression("messageProperties.consumerQueue + '"
                        + MaestroQueues.deadLetterQueue("") + "'"),
                ConfirmType.CORRELATED);
    }
}
