package io.maestro.server.domain.relation;

import org.bson.Document;

/** One single-document update of a bulk write: which document, and what to change. */
public record DocumentUpdate(Document filter, Document update) {
}
