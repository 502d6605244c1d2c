package io.maestro.common.audit;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a message on the {@code audit} queue carries: one change ({@link AuditEvent}, from server-app) or the changes
 * of one discovery chunk ({@link AuditChunk}). Neither carries a type name; the reader tells them apart by their
 * fields, so single-change messages read as they were written before chunks existed.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
public sealed interface AuditPayload permits AuditEvent, AuditChunk {
}
