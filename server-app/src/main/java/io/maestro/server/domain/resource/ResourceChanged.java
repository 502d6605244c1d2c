package io.maestro.server.domain.resource;

import org.bson.Document;

/**
 * Published after every create, replace, patch and delete of a record, for listeners such as audit. {@code actor.user()}
 * is the person even when the write ran as a team.
 *
 * @param record the record as stored after the write (single view)
 */
public record ResourceChanged(ResourceDefinition definition, ResourceChange change, Document record, Actor actor) {
}
