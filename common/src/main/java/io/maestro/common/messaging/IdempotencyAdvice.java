package io.maestro.common.messaging;

import java.util.concurrent.locks.Lock;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.amqp.core.Message;

/**
 * Skips a message whose id is already in the {@link ProcessedMessageStore} and records the id once the handler
 * has returned. Sits inside the retry advice, so only a successful attempt records the id. The id is recorded
 * after the work, so a crash between the two means the work may be applied again on redelivery: handlers must
 * still tolerate that (at-least-once), the guard only removes the ordinary duplicates.
 * <p>
 * A listener with several consumers can get two copies of one message at once (a publisher that sent it again): the
 * check, the work and the record of one message id happen under a lock of this process, so the second copy waits
 * and is then skipped.
 * <p>
 * Messages without an AMQP {@code message-id} (not sent by {@link MessagePublisher}) are handled unguarded.
 */
class IdempotencyAdvice implements MethodInterceptor {

    private static final Log log = LogFactory.getLog(IdempotencyAdvice.class);

    private final ProcessedMessageStore store;
    private final StripedLocks messageLocks = new StripedLocks(1024);

    IdempotencyAdvice(ProcessedMessageStore store) {
        this.store = store;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Message message = (Message) invocation.getArguments()[1];
        String messageId = message.getMessageProperties().getMessageId();
        if (messageId == null) {
            return invocation.proceed();
        }
        Lock lock = messageLocks.of(messageId);
        lock.lock();
        try {
            if (store.isProcessed(messageId)) {
                log.info("Message " + messageId + " from queue '" + message.getMessageProperties().getConsumerQueue()
                        + "' was already processed; skipping it");
                return null;
            }
            Object result = invocation.proceed();
            store.markProcessed(messageId);
            return result;
        } finally {
            lock.unlock();
        }
    }
}
