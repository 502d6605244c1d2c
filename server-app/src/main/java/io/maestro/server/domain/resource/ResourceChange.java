package io.maestro.server.domain.resource;

/** What a write did to a record; hooks and audit tell them apart (0.6 audited create/update as PUT, patch, delete). */
public enum ResourceChange {
    CREATE, REPLACE, PATCH, DELETE
}
