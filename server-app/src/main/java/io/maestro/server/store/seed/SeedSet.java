package io.maestro.server.store.seed;

import java.util.List;
import org.bson.Document;

/**
 * One versioned unit of seed data: the documents of one JSON file under {@code seed/}, all for one collection.
 *
 * @param name       the file path below {@code seed/} without {@code .json} (e.g. {@code adminer/server_options});
 *                   it is the {@code _id} of the set's record in the {@code migrations} collection
 * @param collection the Mongo collection the documents go to
 * @param naturalKey the fields that identify a document across versions (e.g. {@code key}, {@code name})
 * @param source     where the facts come from (the original migration file)
 * @param documents  the seed documents, content fields only (no bookkeeping fields)
 * @param checksum   SHA-256 of the file bytes: a new checksum is a new version of the set
 */
public record SeedSet(String name, String collection, List<String> naturalKey, String source,
                      List<Document> documents, String checksum) {

    public SeedSet {
        naturalKey = List.copyOf(naturalKey);
        documents = List.copyOf(documents);
    }
}
