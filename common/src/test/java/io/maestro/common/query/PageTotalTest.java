package io.maestro.common.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageTotalTest {

    private final AtomicInteger counts = new AtomicInteger();

    private long count() {
        counts.incrementAndGet();
        return 42;
    }

    @Test
    void aShortPageInsideTheResultsTellsTheTotalWithoutCounting() {
        assertThat(PageTotal.of(0, 20, 7, this::count)).isEqualTo(7);
        assertThat(PageTotal.of(0, 20, 0, this::count)).as("nothing at all").isZero();
        assertThat(PageTotal.of(40, 20, 2, this::count)).as("the last page").isEqualTo(42);
        assertThat(counts).hasValue(0);
    }

    @Test
    void aFullPageOrOnePastTheEndCounts() {
        assertThat(PageTotal.of(0, 20, 20, this::count)).as("full first page").isEqualTo(42);
        assertThat(PageTotal.of(100, 20, 0, this::count)).as("past the end").isEqualTo(42);
        assertThat(counts).hasValue(2);
    }
}
