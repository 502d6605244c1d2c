package io.maestro.server.store.seed;

import java.util.Set;

/** Field names the seeder writes besides the seed content. */
final class SeedFields {

    static final String ID = "_id";
    static final String ACTIVE = "active";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    /** Fingerprint of the content the seeder last wrote; a stored content with another fingerprint was edited. */
    static final String SEEDED_CHECKSUM = "seeded_checksum";

    /** Not content: left out of fingerprints, never taken from seed files. */
    static final Set<String> BOOKKEEPING = Set.of(ID, ACTIVE, CREATED_AT, UPDATED_AT, SEEDED_CHECKSUM);

    private SeedFields() {
    }
}
