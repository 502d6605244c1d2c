package io.maestro.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the auto-configuration contributes, without talking to a broker (connections are opened lazily). */
class MessagingAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class,
                    MaestroMessagingAutoConfiguration.class));

    @Test
    void aServiceWithoutRabbitBootsWithoutMessaging() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MaestroMessagingAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ConnectionFactory.class);
                    assertThat(context).doesNotHaveBean(MessagePublisher.class);
                    assertThat(context).doesNotHaveBean(MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY);
                });
    }

    @Test
    void declaresEveryMaestroQueueAndItsDeadLetterQueueDurableAndWithoutArguments() {
        runner.run(context -> {
            assertThat(context.getBean("maestroQueues", Declarables.class).getDeclarablesByType(Queue.class))
                    .allSatisfy(queue -> {
                        assertThat(queue.isDurable()).isTrue();
                        assertThat(queue.isAutoDelete()).isFalse();
                        assertThat(queue.getArguments()).isEmpty();
                    })
                    .extracting(Queue::getName)
                    .containsExactlyInAnyOrder("discovery", "discovery.dlq", "reports", "reports.dlq",
                            "analytics", "analytics.dlq", "scheduler", "scheduler.dlq", "audit", "audit.dlq");
        });
    }

    @Test
    void connectionFactoryUsesCorrelatedConfirmsAndReturnsWhateverTheProperties() {
        runner.withPropertyValues("spring.rabbitmq.publisher-confirm-type=none").run(context -> {
            CachingConnectionFactory connectionFactory = context.getBean(CachingConnectionFactory.class);
            assertThat(connectionFactory.isPublisherConfirms()).isTrue();
            assertThat(connectionFactory.isPublisherReturns()).isTrue();
        });
    }

    @Test
    void listenerContainersAcknowledgeManuallyAndConvertJson() {
        runner.run(context -> {
            SimpleRabbitListenerContainerFactory factory = context.getBean(
                    MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY, SimpleRabbitListenerContainerFactory.class);
            SimpleMessageListenerContainer container = factory.createListenerContainer();
            assertThat(container.getAcknowledgeMode()).isEqualTo(AcknowledgeMode.MANUAL);
            assertThat(context).getBean(MessageConverter.class).isInstanceOf(JacksonJsonMessageConverter.class);
            assertThat(context).getBean(ProcessedMessageStore.class).isInstanceOf(InMemoryProcessedMessageStore.class);
        });
    }

    @Test
    void aMaxAttemptsBelowOneIsRefusedAtStartUp() {
        runner.withPropertyValues("maestro.messaging.max-attempts=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("maestro.messaging.max-attempts"));
    }
}
