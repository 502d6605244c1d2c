package io.maestro.common.inventory;

import io.maestro.common.inventory.schema.DiscoveredRecordSchema;
import io.maestro.common.inventory.schema.ObjectSchema;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One inventory entity as every service knows it: where server-app serves it, where it is stored, how audit rows and
 * {@code _links} name it, how discovery recognises its records, which fields lists and single views show, and the
 * rules of its writable fields. {@link Inventory} holds them all.
 *
 * @param route        server-app's URL path, e.g. {@code /servers}, {@code /network}
 * @param entityName   the name in events and audit rows, kept from Maestro 0.6 even where odd ({@code volume},
 *                     {@code system}, {@code networks}, compatibility.md D6)
 * @param collection   the Mongo collection, also data-app's path for it
 * @param identityKey  the field discovery recognises a record by across syncs, unique (sparse) in the collection
 *                     ({@code unique_id}, compatibility.md D1); {@code null} when discovery never writes the entity
 * @param schema       the writable fields (its top-level keys), their rules and create-time defaults
 * @param listFields   the projection of list items (dotted paths allowed); {@code _id} is always included
 * @param singleFields the projection of a single record; also the fields a list may filter and sort on
 * @param discoveredRecordSchema what discovery may write as a record ({@link DiscoveredRecordSchema}, derived from
 *                     {@code schema}); {@code null} when discovery never writes the entity
 */
public record InventoryEntity(
        String route,
        String entityName,
        String collection,
        String identityKey,
        ObjectSchema schema,
        List<String> listFields,
        List<String> singleFields,
        DiscoveredRecordSchema discoveredRecordSchema) {

    /** When discovery first and last saw a discovered record (compatibility.md D2): listed, shown and sortable (D26). */
    public static final List<String> LIFECYCLE_FIELDS = List.of("first_seen_at", "last_seen_at");

    /** What every record carries besides its writable fields, shown in single views. */
    private static final List<String> RECORD_FIELDS = List.of("roles", "owner", "active", "created_at");

    public InventoryEntity {
        if (!route.startsWith("/") || route.endsWith("/")) {
            throw new IllegalArgumentException("A resource route starts with '/' and does not end with it: " + route);
        }
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(schema, "schema");
        listFields = List.copyOf(listFields);
        singleFields = List.copyOf(singleFields);
    }

    public static Builder builder(String route, String entityName, String collection) {
        return new Builder(route, entityName, collection);
    }

    /** Whether discovery writes records of this entity (it has an {@link #identityKey}). */
    public boolean discovered() {
        return identityKey != null;
    }

    /** The entity name audit rows carry: server-app's and discovery's events name an entity as its {@code _links} do. */
    public String auditName() {
        return entityName;
    }

    /**
     * What a client needs to know of this entity, as JSON: names, fields and the JSON Schema of a create body
     * ({@link ObjectSchema#bodySchema}).
     */
    public Map<String, Object> describe() {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("route", route);
        description.put("entity", entityName);
        description.put("collection", collection);
        description.put("audit_name", auditName());
        description.put("identity_key", identityKey);
        description.put("discovered", discovered());
        description.put("list_fields", listFields);
        description.put("single_fields", singleFields);
        description.put("schema", schema.bodySchema(ObjectSchema.Mode.COMPLETE));
        return description;
    }

    /** Builds an entity; discovered entities get {@link #LIFECYCLE_FIELDS} in their list and single fields. */
    public static final class Builder {

        private final String route;
        private final String entityName;
        private final String collection;
        private String identityKey;
        private ObjectSchema schema;
        private List<String> listFields;
        private List<String> singleFields;
        private Set<String> providerShaped = Set.of();

        private Builder(String route, String entityName, String collection) {
            this.route = route;
            this.entityName = entityName;
            this.collection = collection;
        }

        public Builder schema(ObjectSchema recordSchema) {
            this.schema = recordSchema;
            return this;
        }

        public Builder listFields(String... fields) {
            this.listFields = List.of(fields);
            return this;
        }

        /** The single view: {@link #listFields} followed by these. */
        public Builder singleFields(String... moreFields) {
            Set<String> all = new LinkedHashSet<>(Objects.requireNonNull(listFields, "listFields first"));
            all.addAll(List.of(moreFields));
            this.singleFields = List.copyOf(all);
            return this;
        }

        /** The single view: {@link #listFields}, the schema's writable fields, the record fields and these. */
        public Builder singleViewOfSchema(String... moreFields) {
            Set<String> all = new LinkedHashSet<>(Objects.requireNonNull(schema, "schema first").fieldNames());
            all.addAll(RECORD_FIELDS);
            all.addAll(List.of(moreFields));
            return singleFields(all.toArray(String[]::new));
        }

        /** Discovery writes these records and recognises them by {@code key}. */
        public Builder discoveredBy(String key) {
            this.identityKey = key;
            return this;
        }

        /**
         * Fields of the schema that discovery writes in the provider's own shape (a boolean where a user writes text,
         * a timestamp longer than a user's date): its {@link DiscoveredRecordSchema} takes them as free-form values.
         */
        public Builder providerShaped(String... fields) {
            this.providerShaped = Set.of(fields);
            return this;
        }

        public InventoryEntity build() {
            Objects.requireNonNull(singleFields, "singleFields");
            boolean discovered = identityKey != null;
            return new InventoryEntity(route, entityName, collection, identityKey, schema,
                    discovered ? withLifecycle(listFields) : listFields,
                    discovered ? withLifecycle(singleFields) : singleFields,
                    discovered ? new DiscoveredRecordSchema(schema, providerShaped) : null);
        }

        private static List<String> withLifecycle(List<String> fields) {
            Set<String> all = new LinkedHashSet<>(fields);
            all.addAll(LIFECYCLE_FIELDS);
            return List.copyOf(all);
        }
    }
}
