package io.maestro.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ChannelProxy;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Maestro messaging guarantees on a broker: typed JSON round trip with manual acknowledgement, bounded
 * retries then {@code <queue>.dlq}, unreadable messages and those a handler rejects for good dead-lettered at once, duplicates and redeliveries
 * applied once, publishing to a missing queue refused; a batch handler gets the messages that come together in one
 * batch, acknowledged whole, and one that keeps failing has each of them dead-lettered. Each test uses its own queue name so that parallel runs
 * on the shared RabbitMQ do not collide.
 */
abstract class MessagingContract {

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** {@code amqp://user:pass@host:port} of the broker under test. */
    protected abstract String brokerAddress();

    private String queue;
    private CachingConnectionFactory inspectorConnection;
    private RabbitTemplate inspector;

    @BeforeEach
    void inspectorOnAFreshQueue() {
        queue = "maestro-test-" + UUID.randomUUID();
        inspectorConnection = new CachingConnectionFactory(URI.create(brokerAddress()));
        inspector = new RabbitTemplate(inspectorConnection);
    }

    @AfterEach
    void deleteQueues() {
        RabbitAdmin admin = new RabbitAdmin(inspectorConnection);
        admin.deleteQueue(queue);
        admin.deleteQueue(MaestroQueues.deadLetterQueue(queue));
        inspectorConnection.destroy();
    }

    private ApplicationContextRunner service(Class<?> handler, String... properties) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class,
                        MaestroMessagingAutoConfiguration.class))
                .withUserConfiguration(handler)
                .withPropertyValues(
                        "spring.rabbitmq.addresses=" + brokerAddress(),
                        "maestro.messaging.queues=" + queue,
                        "maestro.messaging.initial-backoff=10ms",
                        "test.queue=" + queue)
                .withPropertyValues(properties);
    }

    /** Nothing left on the queue once the service is gone: every delivery was acknowledged, none requeued. */
    private void assertQueueDrained(String name) {
        assertThat(inspector.receive(name, 1000)).as("message left on %s", name).isNull();
    }

    @Test
    void aPublishedMessageIsHandledWithItsTypedPayloadAndAcknowledged() {
        service(TaskHandler.class).run(context -> {
            TaskHandler handler = context.getBean(TaskHandler.class);
            MaestroMessage<SyncTask> sent = context.getBean(MessagePublisher.class)
                    .publish(queue, new SyncTask("conn-1", "server-list", 2));

            await().atMost(WAIT).until(() -> handler.applied.size() == 1);
            MaestroMessage<SyncTask> received = handler.applied.get(0);
            assertThat(received.messageId()).isEqualTo(sent.messageId());
            assertThat(received.createdAt()).isEqualTo(sent.createdAt());
            assertThat(received.payload()).isEqualTo(new SyncTask("conn-1", "server-list", 2));
        });
        assertQueueDrained(queue);
        assertQueueDrained(MaestroQueues.deadLetterQueue(queue));
    }

    @Test
    void aHandlerThatKeepsFailingIsTriedMaxAttemptsTimesThenTheMessageGoesToTheDeadLetterQueue() {
        service(TaskHandler.class, "maestro.messaging.max-attempts=4", "test.failures=1000").run(context -> {
            TaskHandler handler = context.getBean(TaskHandler.class);
            MaestroMessage<SyncTask> sent = context.getBean(MessagePublisher.class)
                    .publish(queue, new SyncTask("conn-2", "volumes-list", 1));

            Message deadLetter = inspector.receive(MaestroQueues.deadLetterQueue(queue), WAIT.toMillis());
            assertThat(deadLetter).as("message in %s", MaestroQueues.deadLetterQueue(queue)).isNotNull();
            assertThat(deadLetter.getMessageProperties().getMessageId()).isEqualTo(sent.messageId());
            assertThat((String) deadLetter.getMessageProperties().getHeader("x-exception-message"))
                    .contains("provider API down");
            assertThat(new String(deadLetter.getBody(), StandardCharsets.UTF_8)).contains("\"volumes-list\"");
            assertThat(handler.attempts.get()).isEqualTo(4);
            assertThat(handler.applied).isEmpty();
        });
        assertQueueDrained(queue);
    }

    @Test
    void theServiceHearsOnceOfAMessageThatFailedForGoodEvenWhenOneOfItsReportersFails() {
        service(TaskHandler.class, "maestro.messaging.max-attempts=3", "test.failures=1000")
                .withUserConfiguration(FailureReporters.class)
                .run(context -> {
                    MaestroMessage<SyncTask> sent = context.getBean(MessagePublisher.class)
                            .publish(queue, new SyncTask("conn-5", "server-list", 1));

                    Message deadLetter = inspector.receive(MaestroQueues.deadLetterQueue(queue), WAIT.toMillis());
                    assertThat(deadLetter).as("dead letter despite the failing reporter").isNotNull();
                    assertThat(context.getBean(FailureReporters.class).reported)
                            .containsExactly(sent.messageId() + ": provider API down");
                });
    }

    @Test
    void aHandlerThatSucceedsOnASecondAttemptAppliesTheMessageOnceAndDeadLettersNothing() {
        service(TaskHandler.class, "test.failures=1").run(context -> {
            TaskHandler handler = context.getBean(TaskHandler.class);
            context.getBean(MessagePublisher.class).publish(queue, new SyncTask("conn-3", "dbs-list", 1));

            await().atMost(WAIT).until(() -> handler.applied.size() == 1);
            assertThat(handler.attempts.get()).isEqualTo(2);
        });
        assertQueueDrained(queue);
        assertQueueDrained(MaestroQueues.deadLetterQueue(queue));
    }

    @Test
    void anUnreadableMessageGoesToTheDeadLetterQueueWithoutRetries() {
        service(TaskHandler.class, "maestro.messaging.initial-backoff=2s").run(context -> {
            TaskHandler handler = context.getBean(TaskHandler.class);
            MessageProperties properties = new MessageProperties();
            properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
            properties.setMessageId("not-json-1");
            inspector.send("", queue, new Message("{not json".getBytes(StandardCharsets.UTF_8), properties));

            // with a 2 s backoff, three attempts would take 4 s; the dead letter must come well before that
            Message deadLetter = inspector.receive(MaestroQueues.deadLetterQueue(queue), 1500);
            assertThat(deadLetter).isNotNull();
            assertThat(deadLetter.getMessageProperties().getMessageId()).isEqualTo("not-json-1");
            assertThat(handler.attempts.get()).isZero();
        });
        assertQueueDrained(queue);
    }

    @Test
    void aMessageItsHandlerRejectsForGoodGoesToTheDeadLetterQueueWithoutRetries() {
        service(TaskHandler.class, "maestro.messaging.initial-backoff=2s", "test.failures=1000", "test.reject=true")
                .run(context -> {
                    TaskHandler handler = context.getBean(TaskHandler.class);
                    MaestroMessage<SyncTask> sent = context.getBean(MessagePublisher.class)
                            .publish(queue, new SyncTask("conn-7", "server-list", 1));

                    // with a 2 s backoff, three attempts would take 4 s; the dead letter must come well before that
                    Message deadLetter = inspector.receive(MaestroQueues.deadLetterQueue(queue), 1500);
                    assertThat(deadLetter).isNotNull();
                    assertThat(deadLetter.getMessageProperties().getMessageId()).isEqualTo(sent.messageId());
                    assertThat(handler.attempts.get()).isOne();
                });
        assertQueueDrained(queue);
    }

    @Test
    void theSameMessagePublishedTwiceIsAppliedOnce() {
        service(TaskHandler.class).run(context -> {
            TaskHandler handler = context.getBean(TaskHandler.class);
            MessagePublisher publisher = context.getBean(MessagePublisher.class);
            MaestroMessage<SyncTask> first = MaestroMessage.of(new SyncTask("conn-4", "server-list", 1));
            publisher.publish(queue, first);
            publisher.publish(queue, first);
            // one consumer takes messages in order: once this one is applied, the duplicate has been seen
            MaestroMessage<SyncTask> next = publisher.publish(queue, new SyncTask("conn-4", "server-list", 2));

            await().atMost(WAIT).until(() -> handler.applied.size() == 2);
            assertThat(handler.applied).extracting(MaestroMessage::messageId)
                    .containsExactly(first.messageId(), next.messageId());
        });
        assertQueueDrained(queue);
    }

    @Test
    void copiesOfOneMessageTakenByConsumersAtTheSameTimeAreAppliedOnce() {
        service(SlowConcurrentHandler.class, "spring.rabbitmq.listener.simple.prefetch=1").run(context -> {
            SlowConcurrentHandler handler = context.getBean(SlowConcurrentHandler.class);
            CountingStore store = context.getBean(CountingStore.class);
            RabbitAdmin admin = new RabbitAdmin(inspectorConnection);
            await().atMost(WAIT).until(() -> admin.getQueueInfo(queue).getConsumerCount() == 4);
            MessagePublisher publisher = context.getBean(MessagePublisher.class);
            MaestroMessage<SyncTask> copied = MaestroMessage.of(new SyncTask("conn-8", "server-list", 1));

            // one copy per consumer (prefetch 1), each taken while the first is still being applied
            for (int copy = 0; copy < 4; copy++) {
                publisher.publish(queue, copied);
            }

            await().atMost(WAIT).until(() -> store.skipped.get() + handler.applied.size() == 4);
            assertThat(handler.applied).hasSize(1);
        });
        assertQueueDrained(queue);
    }

    @Test
    void aMessageRedeliveredAfterItsAcknowledgementWasLostIsNotAppliedAgain() {
        service(AckLosingHandler.class).run(context -> {
            AckLosingHandler handler = context.getBean(AckLosingHandler.class);
            CountingStore store = context.getBean(CountingStore.class);
            context.getBean(MessagePublisher.class).publish(queue, new SyncTask("conn-5", "server-list", 1));

            await().atMost(WAIT).until(() -> store.skipped.get() == 1);
            assertThat(handler.applied).hasSize(1);
        });
        assertQueueDrained(queue);
        assertQueueDrained(MaestroQueues.deadLetterQueue(queue));
    }

    @Test
    void messagesThatComeTogetherReachABatchHandlerInOneBatchAndAreAcknowledged() {
        service(BatchHandler.class, "maestro.messaging.batch-wait=1s").run(context -> {
            BatchHandler handler = context.getBean(BatchHandler.class);
            List<MaestroMessage<SyncTask>> sent = IntStream.range(0, 5)
                    .mapToObj(page -> MaestroMessage.of(new SyncTask("conn-9", "server-list", page))).toList();

            assertThat(context.getBean(MessagePublisher.class).publishAll(queue, sent)).isEmpty();

            await().atMost(WAIT).until(() -> handler.batches.size() == 1);
            // sent on the template's cached channels, they may reach the queue in another order
            assertThat(handler.batches.get(0)).extracting(message -> message.getMessageProperties().getMessageId())
                    .containsExactlyInAnyOrderElementsOf(sent.stream().map(MaestroMessage::messageId).toList());
        });
        assertQueueDrained(queue);
        assertQueueDrained(MaestroQueues.deadLetterQueue(queue));
    }

    @Test
    void aBatchHandlerThatKeepsFailingIsTriedMaxAttemptsTimesThenEachMessageOfTheBatchIsDeadLettered() {
        service(BatchHandler.class, "maestro.messaging.batch-wait=1s", "maestro.messaging.max-attempts=2",
                "test.failures=1000").run(context -> {
            BatchHandler handler = context.getBean(BatchHandler.class);
            List<MaestroMessage<SyncTask>> sent = List.of(MaestroMessage.of(new SyncTask("conn-10", "server-list", 1)),
                    MaestroMessage.of(new SyncTask("conn-10", "server-list", 2)));

            assertThat(context.getBean(MessagePublisher.class).publishAll(queue, sent)).isEmpty();

            List<String> deadLetters = new ArrayList<>();
            for (int letter = 0; letter < sent.size(); letter++) {
                Message deadLetter = inspector.receive(MaestroQueues.deadLetterQueue(queue), WAIT.toMillis());
                assertThat(deadLetter).as("dead letter %d", letter).isNotNull();
                assertThat((String) deadLetter.getMessageProperties().getHeader("x-exception-message"))
                        .contains("store down");
                deadLetters.add(deadLetter.getMessageProperties().getMessageId());
            }
            assertThat(deadLetters).containsExactlyInAnyOrderElementsOf(sent.stream().map(MaestroMessage::messageId).toList());
            assertThat(handler.attempts.get()).isEqualTo(2);
        });
        assertQueueDrained(queue);
    }

    @Test
    void publishingToAQueueThatDoesNotExistFails() {
        service(TaskHandler.class).run(context -> {
            MessagePublisher publisher = context.getBean(MessagePublisher.class);
            String missingQueue = "maestro-test-missing-" + UUID.randomUUID();
            assertThatThrownBy(() -> publisher.publish(missingQueue, new SyncTask("conn-6", "server-list", 1)))
                    .isInstanceOf(MessagePublishException.class)
                    .hasMessageContaining("'" + missingQueue + "'");
        });
    }

    record SyncTask(String connectionId, String task, int page) {
    }

    /**
     * Applies messages after failing the first {@code test.failures} attempts, each failure a refusal for good when
     * {@code test.reject}.
     */
    static class TaskHandler {

        final List<MaestroMessage<SyncTask>> applied = new CopyOnWriteArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();
        private final int failures;
        private final boolean reject;

        TaskHandler(@Value("${test.failures:0}") int failures, @Value("${test.reject:false}") boolean reject) {
            this.failures = failures;
            this.reject = reject;
        }

        @RabbitListener(queues = "${test.queue}",
                containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY)
        void handle(MaestroMessage<SyncTask> message) {
            if (attempts.incrementAndGet() <= failures) {
                throw reject ? new AmqpRejectAndDontRequeueException("invalid task")
                        : new IllegalStateException("provider API down");
            }
            applied.add(message);
        }
    }

    /** A batch handler that fails its first {@code test.failures} attempts. */
    static class BatchHandler {

        final List<List<Message>> batches = new CopyOnWriteArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();
        private final int failures;

        BatchHandler(@Value("${test.failures:0}") int failures) {
            this.failures = failures;
        }

        @RabbitListener(queues = "${test.queue}",
                containerFactory = MaestroMessagingAutoConfiguration.BATCH_LISTENER_CONTAINER_FACTORY)
        void handle(List<Message> batch) {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("store down");
            }
            batches.add(batch);
        }
    }

    /** Four consumers, each spending 500 ms on a message, and a store counting the copies it turned away. */
    @Configuration(proxyBeanMethods = false)
    static class SlowConcurrentHandler {

        final List<MaestroMessage<SyncTask>> applied = new CopyOnWriteArrayList<>();

        @Bean
        static CountingStore countingStore() {
            return new CountingStore();
        }

        @RabbitListener(queues = "${test.queue}", concurrency = "4",
                containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY)
        void handle(MaestroMessage<SyncTask> message) throws InterruptedException {
            applied.add(message);
            Thread.sleep(500);
        }
    }

    /** A reporter that records what failed for good, and one that itself fails. */
    @Configuration(proxyBeanMethods = false)
    static class FailureReporters {

        final List<String> reported = new CopyOnWriteArrayList<>();

        @Bean
        FailedMessageHandler recordingReporter() {
            return (message, cause) -> reported.add(message.getMessageProperties().getMessageId() + ": "
                    + rootMessage(cause));
        }

        @Bean
        FailedMessageHandler failingReporter() {
            return (message, cause) -> {
                throw new IllegalStateException("status store down");
            };
        }

        private static String rootMessage(Throwable cause) {
            Throwable root = cause;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage();
        }
    }

    /**
     * Stores its work, then loses the channel before the acknowledgement can be sent, so the broker redelivers
     * the message to the restarted consumer.
     */
    @Configuration(proxyBeanMethods = false)
    static class AckLosingHandler {

        final List<MaestroMessage<SyncTask>> applied = new CopyOnWriteArrayList<>();

        @Bean
        static CountingStore countingStore() {
            return new CountingStore();
        }

        @RabbitListener(queues = "${test.queue}",
                containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY)
        void handle(MaestroMessage<SyncTask> message, Channel channel) throws Exception {
            applied.add(message);
            if (applied.size() == 1) {
                ((ChannelProxy) channel).getTargetChannel().close();
            }
        }
    }

    /** The default in-memory store, counting the deliveries it turned away as already processed. */
    static class CountingStore extends InMemoryProcessedMessageStore {

        final AtomicInteger skipped = new AtomicInteger();

        CountingStore() {
            super(100);
        }

        @Override
        public synchronized boolean isProcessed(String messageId) {
            boolean processed = super.isProcessed(messageId);
            if (processed) {
                skipped.incrementAndGet();
            }
            return processed;
        }
    }
}
