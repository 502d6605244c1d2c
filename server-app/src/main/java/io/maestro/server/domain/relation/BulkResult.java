package io.maestro.server.domain.relation;

/** How many documents a multi-document change matched and how many it actually changed. */
public record BulkResult(long matched, long modified) {

    public BulkResult plus(BulkResult other) {
        return new BulkResult(matched + other.matched, modified + other.modified);
    }
}
