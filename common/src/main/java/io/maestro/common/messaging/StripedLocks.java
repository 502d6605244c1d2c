package io.maestro.common.messaging;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * A fixed set of locks shared out by key, for listeners with several consumers: work on one key (a message id, a
 * document) is done one at a time in this process, while two keys rarely share a lock. Memory stays bounded whatever
 * the number of keys.
 */
public final class StripedLocks {

    private final Lock[] stripes;

    public StripedLocks(int stripes) {
        this.stripes = IntStream.range(0, stripes).mapToObj(stripe -> new ReentrantLock()).toArray(Lock[]::new);
    }

    /** The lock of {@code key}: always the same one for equal keys. */
    public Lock of(Object key) {
        return stripes[stripe(key)];
    }

    /**
     * The locks of {@code keys}, each once, in the one order every caller takes them in: two callers locking sets of
     * keys that share stripes cannot each hold a lock the other waits for.
     */
    public List<Lock> ofAll(Collection<?> keys) {
        return keys.stream().mapToInt(this::stripe).distinct().sorted().mapToObj(stripe -> stripes[stripe]).toList();
    }

    private int stripe(Object key) {
        return Math.floorMod(key.hashCode(), stripes.length);
    }
}
