package io.maestro.server.domain.resource;

import io.maestro.common.audit.Change;
import org.bson.Document;

/**
 * Published after every create, replace, patch and delete of a record, for listeners such as team subscriptions
 * (audit has a trail of its own, {@link AuditTrail}, noted before the write). {@code actor.user()}
 * is the person even when the write ran as a team.
 *
 * @param record the record as stored after the write (single view)
 */
public record ResourceChanged(ResourceDefinition definition, Change change, Document record, Actor actor) {
}
