package io.maestro.discovery.provider;

import java.util.List;
import java.util.Map;

/**
 * One page of a Get: the provider's items exactly as the provider shaped them (its own field names, e.g.
 * {@code InstanceId}, {@code Tags}), as JSON-compatible maps so that a page can travel in a queue message, and the token
 * of the next page ({@code null} on the last page).
 */
public record FetchedPage(List<Map<String, Object>> items, String nextToken) {

    public FetchedPage {
        items = List.copyOf(items);
    }

    public static FetchedPage last(List<Map<String, Object>> items) {
        return new FetchedPage(items, null);
    }

    public boolean hasNext() {
        return nextToken != null && !nextToken.isEmpty();
    }
}
