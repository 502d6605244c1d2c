package io.maestro.discovery.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What loading one chunk did.
 *
 * @param keys      the identity values ({@code unique_id}, or {@code name} for flavors) of the records seen
 * @param created   records new to the owner's inventory
 * @param changed   records rewritten: changed, or reactivated (compatibility.md D2)
 * @param unchanged records only marked as seen
 * @param failures  what the store refused (e.g. a {@code unique_id} another tenant holds) and the translated records
 *                  left out as invalid; any failure keeps the unit from deactivating anything
 * @param notes     remarks of the provider for the task's message, not failures ({@link
 *                  io.maestro.discovery.provider.FetchedPage#notes()})
 * @param unreadable files the provider could not read ({@link io.maestro.discovery.provider.FetchedPage#unreadable()}):
 *                   like failures, they keep the unit from deactivating anything, and the task shows them as they are
 */
public record LoadOutcome(List<String> keys, int created, int changed, int unchanged, List<String> failures,
        List<String> notes, List<String> unreadable) {

    public LoadOutcome {
        keys = List.copyOf(keys);
        failures = List.copyOf(failures);
        notes = notes == null ? List.of() : List.copyOf(notes);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    public LoadOutcome(List<String> keys, int created, int changed, int unchanged, List<String> failures) {
        this(keys, created, changed, unchanged, failures, List.of(), List.of());
    }

    /** This outcome with more failures, e.g. the chunk's records left out before loading. */
    public LoadOutcome withFailures(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(failures);
        all.addAll(more);
        return new LoadOutcome(keys, created, changed, unchanged, all, notes, unreadable);
    }

    public static LoadOutcome failed(String failure) {
        return new LoadOutcome(List.of(), 0, 0, 0, List.of(failure));
    }

    public static LoadOutcome noted(List<String> notes) {
        return new LoadOutcome(List.of(), 0, 0, 0, List.of(), notes, List.of());
    }

    public static LoadOutcome unreadable(String file) {
        return new LoadOutcome(List.of(), 0, 0, 0, List.of(), List.of(), List.of(file));
    }
}
