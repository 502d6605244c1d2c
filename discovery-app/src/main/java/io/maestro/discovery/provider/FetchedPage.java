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
 * @param notes      what the user should know of the page without it being a failure (resource types a Terraform
 *                   state holds that no task maps), shown after the task's counts
 */
public record FetchedPage(List<Map<String, Object>> items, String nextToken, List<String> unreadable,
        List<String> notes) {

    public FetchedPage {
        items = List.copyOf(items);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public FetchedPage(List<Map<String, Object>> items, String nextToken) {
        this(items, nextToken, List.of(), List.of());
    }

    public FetchedPage(List<Map<String, Object>> items, String nextToken, List<String> unreadable) {
        this(items, nextToken, unreadable, List.of());
    }

    /** The same page with notes for the task's message. */
    public FetchedPage withNotes(List<String> pageNotes) {
        return new FetchedPage(items, nextToken, unreadable, pageNotes);
    }

    public static FetchedPage last(List<Map<String, Object>> items) {
        return new FetchedPage(items, null);
    }

    public boolean hasNext() {
        return nextToken != null && !nextToken.isEmpty();
    }
}
