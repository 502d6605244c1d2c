package io.maestro.common.messaging;

import java.util.ArrayList;
import java.util.List;
import org.aopalliance.aop.Advice;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.retry.RetryPolicy;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maestro's AMQP conventions, active only where the service has a Rabbit connection factory (a service that
 * excludes Rabbit boots without any of this): JSON messages, the durable work queues and their dead-letter
 * queues (no broker-specific arguments), a confirming {@link MessagePublisher}, and the listener container
 * factory {@value #LISTENER_CONTAINER_FACTORY} for
 * {@code @RabbitListener(queues = ..., containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY)}.
 * A handler that knows a message can never succeed (it is invalid, the store refuses it) throws
 * {@link AmqpRejectAndDontRequeueException}: the message is dead-lettered at once instead of being retried.
 *
 * <p>{@value #BATCH_LISTENER_CONTAINER_FACTORY} is for a handler that does its work for many messages at once: it gets
 * up to {@code maestro.messaging.batch-size} raw AMQP messages ({@code List<Message>}, so that it reads each itself and
 * one it cannot read fails alone), gathered while each next one comes within {@code maestro.messaging.batch-wait}. It
 * hands the {@link DeadLetterRecoverer} the messages it cannot handle for good and returns; the batch is then
 * acknowledged whole. A failure it throws (its store cannot be reached) tries the whole batch again with the same
 * backoffs, then dead-letters it. Nothing skips a message id seen before: the handler must tell copies itself.
 */
@AutoConfiguration(after = RabbitAutoConfiguration.class)
@ConditionalOnClass(RabbitTemplate.class)
@ConditionalOnBean(ConnectionFactory.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MaestroMessagingAutoConfiguration {

    public static final String LISTENER_CONTAINER_FACTORY = "maestroListenerContainerFactory";
    public static final String BATCH_LISTENER_CONTAINER_FACTORY = "maestroBatchListenerContainerFactory";

    @Bean
    static PublisherConfirmsPostProcessor maestroPublisherConfirmsPostProcessor() {
        return new PublisherConfirmsPostProcessor();
    }

    /**
     * Its own mapper rather than the service's: messages cross services, so their JSON must not depend on how
     * one service tunes its web mapper. Unknown fields are ignored so a newer publisher does not break an older
     * consumer.
     */
    @Bean
    @ConditionalOnMissingBean(MessageConverter.class)
    JacksonJsonMessageConverter maestroMessageConverter() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return new JacksonJsonMessageConverter(mapper, "io.maestro");
    }

    @Bean
    Declarables maestroQueues(MessagingProperties properties) {
        List<Declarable> queues = new ArrayList<>();
        for (String queue : properties.queues()) {
            queues.add(QueueBuilder.durable(queue).build());
            queues.add(QueueBuilder.durable(MaestroQueues.deadLetterQueue(queue)).build());
        }
        return new Declarables(queues);
    }

    @Bean
    @ConditionalOnMissingBean
    MessagePublisher maestroMessagePublisher(ConnectionFactory connectionFactory, MessageConverter converter,
            MessagingProperties properties) {
        return new MessagePublisher(connectionFactory, converter, properties.confirmTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessedMessageStore maestroProcessedMessageStore(MessagingProperties properties) {
        return new InMemoryProcessedMessageStore(properties.processedIdsCapacity());
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterRecoverer maestroDeadLetterRecoverer(ConnectionFactory connectionFactory,
            ObjectProvider<FailedMessageHandler> failedMessageHandlers) {
        return new DeadLetterRecoverer(new RabbitTemplate(connectionFactory),
                failedMessageHandlers.orderedStream().toList());
    }

    @Bean(LISTENER_CONTAINER_FACTORY)
    SimpleRabbitListenerContainerFactory maestroListenerContainerFactory(ConnectionFactory connectionFactory,
            MessageConverter converter, MessagingProperties properties, ProcessedMessageStore processedMessages,
            ObjectProvider<SimpleRabbitListenerContainerFactoryConfigurer> bootSettings, DeadLetterRecoverer deadLetters) {
        SimpleRabbitListenerContainerFactory factory = manuallyAcknowledged(connectionFactory, converter, bootSettings);
        factory.setAdviceChain(new AcknowledgingAdvice(), retry(properties, deadLetters),
                new IdempotencyAdvice(processedMessages));
        return factory;
    }

    @Bean(BATCH_LISTENER_CONTAINER_FACTORY)
    SimpleRabbitListenerContainerFactory maestroBatchListenerContainerFactory(ConnectionFactory connectionFactory,
            MessageConverter converter, MessagingProperties properties,
            ObjectProvider<SimpleRabbitListenerContainerFactoryConfigurer> bootSettings, DeadLetterRecoverer deadLetters) {
        SimpleRabbitListenerContainerFactory factory = manuallyAcknowledged(connectionFactory, converter, bootSettings);
        factory.setBatchListener(true);
        factory.setConsumerBatchEnabled(true);
        factory.setBatchSize(properties.batchSize());
        // the container holds what it has once no next message comes within this wait
        factory.setReceiveTimeout(properties.batchWait().toMillis());
        factory.setPrefetchCount(properties.batchSize());
        factory.setAdviceChain(new AcknowledgingAdvice(), retry(properties, deadLetters));
        return factory;
    }

    private static SimpleRabbitListenerContainerFactory manuallyAcknowledged(ConnectionFactory connectionFactory,
            MessageConverter converter, ObjectProvider<SimpleRabbitListenerContainerFactoryConfigurer> bootSettings) {
        SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
        bootSettings.ifAvailable(configurer -> configurer.configure(factory, connectionFactory));
        factory.setConnectionFactory(connectionFactory);
        factory.setMessageConverter(converter);
        factory.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        return factory;
    }

    /** Inside the acknowledgement: tries again, then dead-letters. */
    private static Advice retry(MessagingProperties properties, DeadLetterRecoverer deadLetters) {
        RetryPolicy retryPolicy = RetryPolicy.builder()
                .maxRetries(properties.maxAttempts() - 1L)
                .delay(properties.initialBackoff())
                .multiplier(properties.backoffMultiplier())
                .maxDelay(properties.maxBackoff())
                // a message that cannot even be read, or that its handler refuses for good, will not get better:
                // straight to the dead-letter queue, without holding the consumer for the backoffs
                .predicate(failure -> !isUnreadableMessage(failure) && !isRejectedForGood(failure))
                .build();
        return RetryInterceptorBuilder.stateless().retryPolicy(retryPolicy).recoverer(deadLetters).build();
    }

    private static boolean isUnreadableMessage(Throwable failure) {
        return causedBy(failure, MessageConversionException.class);
    }

    /** The handler threw {@link AmqpRejectAndDontRequeueException}: this message fails whenever it is tried. */
    private static boolean isRejectedForGood(Throwable failure) {
        return causedBy(failure, AmqpRejectAndDontRequeueException.class);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
