package io.maestro.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The locks of a set of keys come each once and in one order, whatever the order the keys are listed in. */
class StripedLocksTest {

    private final StripedLocks locks = new StripedLocks(8);

    @Test
    void theLocksOfSeveralKeysAreEachKeysLockOnceInOneOrder() {
        List<String> keys = IntStream.range(0, 20).mapToObj(index -> "document-" + index).toList();
        List<String> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);

        List<Lock> forward = locks.ofAll(keys);

        assertThat(forward).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(8)
                .containsAll(keys.stream().map(locks::of).toList());
        assertThat(locks.ofAll(reversed)).containsExactlyElementsOf(forward);
    }
}
