package io.maestro.discovery.provider.support;

import io.maestro.discovery.provider.TranslationContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Building translated documents: fields that are absent in the payload are left out, not stored as nulls. */
public final class Documents {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Documents() {
    }

    public static Documents document() {
        return new Documents();
    }

    /** The {@code datacenters} object every discovered record carries: the connection's datacenter and region. */
    public static Documents datacenter(TranslationContext context) {
        return document()
                .put("name", context.connection().datacenterName())
                .put("_id", context.connection().datacenterId())
                .put("provider", context.connection().provider())
                .put("region", context.region());
    }

    /** Sets a field unless the value is null, an empty string or an empty collection/map/nested document. */
    public Documents put(String field, Object value) {
        Object plain = value instanceof Documents nested ? nested.build() : value;
        if (plain == null
                || plain instanceof String text && text.isEmpty()
                || plain instanceof java.util.Collection<?> collection && collection.isEmpty()
                || plain instanceof Map<?, ?> map && map.isEmpty()) {
            return this;
        }
        fields.put(field, plain);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
