package io.maestro.server.store.seed;

/**
 * What one start did with one seed set.
 *
 * @param inserted   documents that did not exist yet
 * @param updated    documents replaced by the new version (they still held the previous seed content)
 * @param unchanged  documents that already held this version's content
 * @param keptEdited documents an administrator changed after seeding, left as they are
 */
public record SeedOutcome(String set, Status status, int inserted, int updated, int unchanged, int keptEdited) {

    public enum Status {
        /** The set's file changed (or was never applied): its documents were reconciled. */
        APPLIED,
        /** This version was applied before: nothing was read or written. */
        ALREADY_APPLIED,
        /** Another instance is applying this version right now. */
        CLAIMED_ELSEWHERE
    }

    static SeedOutcome skipped(String set, Status status) {
        return new SeedOutcome(set, status, 0, 0, 0, 0);
    }
}
