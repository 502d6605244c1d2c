package io.maestro.server.domain.resource;

import org.bson.Document;

/**
 * How a stored record is shown to API callers. Most resources show what is stored; connections replace their sealed
 * credentials by a mask (compatibility.md S4). Gets a record in the projection the route answers with and returns the
 * record to answer; it may change the given document.
 */
@FunctionalInterface
public interface RecordView {

    /** Shows the record as stored. */
    RecordView STORED = record -> record;

    Document present(Document record);
}
