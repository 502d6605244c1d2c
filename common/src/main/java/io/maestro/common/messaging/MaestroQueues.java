package io.maestro.common.messaging;

import java.util.List;

/** The AMQP work queues of Maestro (one per worker service) and the name of each one's dead-letter queue. */
public final class MaestroQueues {

    public static final String DISCOVERY = "discovery";
    public static final String REPORTS = "reports";
    public static final String ANALYTICS = "analytics";
    public static final String SCHEDULER = "scheduler";
    public static final String AUDIT = "audit";

    public static final List<String> ALL = List.of(DISCOVERY, REPORTS, ANALYTICS, SCHEDULER, AUDIT);

    /**
     * The audit queue as a property placeholder, for its publishers and its listener: {@code audit} unless
     * {@code maestro.audit.queue} names another (tests that share the machine's broker each use their own).
     */
    public static final String AUDIT_QUEUE = "${maestro.audit.queue:" + AUDIT + "}";

    /**
     * The scheduler queue as a property placeholder, for server-app's publisher and scheduler-app's listener:
     * {@code scheduler} unless {@code maestro.scheduler.queue} names another (for tests on the shared broker).
     */
    public static final String SCHEDULER_QUEUE = "${maestro.scheduler.queue:" + SCHEDULER + "}";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private MaestroQueues() {
    }

    /** Where a message of {@code queue} goes once its handler has failed every attempt: {@code <queue>.dlq}. */
    public static String deadLetterQueue(String queue) {
        return queue + DEAD_LETTER_SUFFIX;
    }
}
