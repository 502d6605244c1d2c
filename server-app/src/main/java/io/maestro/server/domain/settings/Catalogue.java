package io.maestro.server.domain.settings;

import io.maestro.common.inventory.schema.ObjectSchema;
import io.maestro.common.query.ListQueryDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * A global collection without ACL (§2.7, §2.6 {@code flavors_public}): every signed-in user reads it; only
 * administrators write it (compatibility.md S6), and only where a schema is given.
 *
 * @param entityName   the entity name of Maestro 0.6 ({@code flavorsPublic})
 * @param route        where it is served ({@code /flavors_public}), which its {@code _links} name (compatibility.md D50)
 * @param collection   the Mongo collection
 * @param schema       the writable fields and their rules; null for a read-only catalogue
 * @param listFields   the list projection; empty = whole documents
 * @param singleFields the single projection; empty = whole documents
 * @param query        the exact-match fields of lists (e.g. adminer's {@code ?key=})
 */
public record Catalogue(String entityName, String route, String collection, ObjectSchema schema, List<String> listFields,
                        List<String> singleFields, ListQueryDefinition query) {

    public static Catalogue of(String entityName, String route, String collection, ObjectSchema schema,
            List<String> listFields, List<String> singleFields, String... filterFields) {
        Set<String> filterable = new LinkedHashSet<>(List.of("_id", "created_at", "updated_at"));
        filterable.addAll(List.of(filterFields));
        return new Catalogue(entityName, route, collection, schema, List.copyOf(listFields), List.copyOf(singleFields),
                ListQueryDefinition.of(filterable));
    }

    public boolean writable() {
        return schema != null;
    }

    Document listProjection() {
        return projection(listFields);
    }

    Document singleProjection() {
        return projection(singleFields);
    }

    private static Document projection(List<String> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        Document projection = new Document();
        fields.forEach(field -> projection.put(field, 1));
        return projection;
    }
}
