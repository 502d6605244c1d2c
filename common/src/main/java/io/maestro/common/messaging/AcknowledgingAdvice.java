package io.maestro.common.messaging;

import com.rabbitmq.client.Channel;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.amqp.core.Message;

/**
 * The manual acknowledgement of the Maestro listener containers, as the outermost advice around the listener:
 * a message is acknowledged once the chain inside has returned, that is once its handler has stored its work
 * or, after the last failed attempt, once it has been republished to its dead-letter queue. If even that
 * republish fails the message goes back to the broker (nack with requeue) instead of being lost.
 * <p>
 * The container invokes its advice chain with {@code (Channel, Message)}, or {@code (Channel, List<Message>)} for a
 * batch listener: a batch is acknowledged (or returned) whole, up to its last delivery tag on the consumer's channel.
 */
class AcknowledgingAdvice implements MethodInterceptor {

    private static final Log log = LogFactory.getLog(AcknowledgingAdvice.class);

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Channel channel = (Channel) invocation.getArguments()[0];
        Object data = invocation.getArguments()[1];
        boolean multiple = data instanceof List<?>;
        Message message = multiple ? (Message) ((List<?>) data).get(((List<?>) data).size() - 1) : (Message) data;
        long deliveryTag = message.getMessageProperties().getDeliveryTag();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception failure) {
            log.error((multiple ? "The batch of " + ((List<?>) data).size() + " messages ending with message " : "Message ")
                    + message.getMessageProperties().getMessageId() + " from queue '"
                    + message.getMessageProperties().getConsumerQueue()
                    + "' could be neither handled nor dead-lettered; returning it to the broker", failure);
            channel.basicNack(deliveryTag, multiple, true);
            return null;
        }
        channel.basicAck(deliveryTag, multiple);
        return result;
    }
}
