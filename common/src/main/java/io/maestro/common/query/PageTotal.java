package io.maestro.common.query;

import java.util.function.LongSupplier;

/** The {@code found} of a list answer, counted only when the page itself cannot tell it. */
public final class PageTotal {

    private PageTotal() {
    }

    /**
     * A page shorter than {@code limit} that starts inside the results ends them: the total is {@code skip} plus
     * what it holds. Otherwise {@code count} runs, which on the embedded store is a scan of the whole collection.
     */
    public static long of(long skip, int limit, int returned, LongSupplier count) {
        boolean endsTheResults = returned < limit && (skip == 0 || returned > 0);
        return endsTheResults ? skip + returned : count.getAsLong();
    }
}
