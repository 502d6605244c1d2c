package io.maestro.discovery.provider;

import java.util.List;
import java.util.Map;

/**
 * One page of a Get: the provider's items exactly as the provider shaped them (its own field names, e.g.
 * {@code InstanceId}, {@code Tags}), as JSON-compatible maps so that a page can travel in a queue message, and the token
 * of the next page ({@code null} on the last page).
 *
 * @param unreadable what the page could not read but did not stop the listing for (a malformed file among a
 *                   connection's files), one message each: the unit goes on to its next page and ends as failed with
 *                   these messages, deactivating nothing
 */
public record FetchedPage(List<Map<String, Object>> items, String nextToken, List<String> unreadable) {

    public FetchedPage {
        items = List.copyOf(items);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    public FetchedPage(List<Map<String, Object>> items, String nextToken) {
        this(items, nextToken, List.of());
    }

    public static FetchedPage last(List<Map<String, Object>> items) {
        return new FetchedPage(items, null);
    }

    public boolean hasNext() {
        return nextToken != null && !nextToken.isEmpty();
    }
}
