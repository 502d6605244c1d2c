package io.maestro.common.audit;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * What a write did to a record, one name for every service: server-app's save hooks and audit outbox, discovery's
 * loads, audit-app's rows. On the {@code audit} queue {@link #UPDATE} travels as {@code PUT}, as Maestro 0.6's
 * audit messages and earlier versions of this one named it; audit rows store the lower-case name
 * ({@code create}, {@code update}, {@code patch}, {@code delete}).
 */
public enum Change {
    /** {@code POST}: the record was created. */
    CREATE,
    /** {@code PUT}: the whole record was replaced (or rewritten by a sync). */
    @JsonProperty("PUT")
    @JsonAlias("UPDATE")
    UPDATE,
    /** {@code PATCH}: some top-level fields were set. */
    PATCH,
    /** {@code DELETE}: the record was (soft-)deleted. */
    DELETE;

    /** The name an audit row stores: {@code create}, {@code update}, {@code patch}, {@code delete}. */
    public String rowName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The change an audit row names ({@link #rowName()}). */
    public static Change ofRowName(String rowName) {
        return valueOf(rowName.toUpperCase(Locale.ROOT));
    }
}
