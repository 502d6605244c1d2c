package io.maestro.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The default idempotency store: bounded, in memory. */
class ProcessedMessageStoreTest {

    @Test
    void inMemoryStoreRecordsAnIdOnceAndForgetsTheOldestBeyondItsCapacity() {
        InMemoryProcessedMessageStore store = new InMemoryProcessedMessageStore(2);
        assertThat(store.markProcessed("a")).isTrue();
        assertThat(store.markProcessed("a")).isFalse();
        assertThat(store.markProcessed("b")).isTrue();
        assertThat(store.markProcessed("c")).isTrue();

        assertThat(store.isProcessed("a")).isFalse();
        assertThat(store.isProcessed("b")).isTrue();
        assertThat(store.isProcessed("c")).isTrue();
    }
}
