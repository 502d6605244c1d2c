package io.maestro.server.domain.resource.entities;

import io.maestro.server.domain.resource.Actor;
import io.maestro.common.audit.Change;
import org.bson.Document;

/** The hook every discovered entity shares. */
final class Tombstones {

    private Tombstones() {
    }

    /** A manual PUT on a discovered record forces discovery to re-merge it on the next sync (0.6's tombstone hook). */
    static void onReplace(Change change, Document fields, Actor actor) {
        if (change == Change.UPDATE) {
            fields.put("checksum", "tombstone");
        }
    }
}
