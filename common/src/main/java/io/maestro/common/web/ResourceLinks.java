package io.maestro.common.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code _links} Maestro 0.6 put on records: {@code _self} on each record and on each entry of its ACL array. */
public final class ResourceLinks {

    /** The ACL arrays whose entries link to the user, team, project or organization they name. */
    private static final List<String> ACL_FIELDS = List.of("roles", "members");

    private ResourceLinks() {
    }

    /** {@code /<entityName>/<id>}. */
    public static Link self(String entityName, Object id) {
        return Link.get("/" + entityName + "/" + id);
    }

    /** {@code /<entityName>/?page=N&limit=L}. */
    public static Link page(String entityName, long page, int limit) {
        return Link.get("/" + entityName + "/?page=" + page + "&limit=" + limit);
    }

    /** A copy of a list item with {@code _links._self}. */
    public static Map<String, Object> listItem(String entityName, Map<String, ?> document) {
        Map<String, Object> item = new LinkedHashMap<>(document);
        item.put("_links", Map.of("_self", self(entityName, document.get("_id"))));
        return item;
    }

    /**
     * A copy of a single record with {@code _links._self}, and each entry of its {@code roles} / {@code members}
     * array with {@code _links._self = /<refs>/<_id>}.
     */
    public static Map<String, Object> single(String entityName, Map<String, ?> document) {
        Map<String, Object> single = listItem(entityName, document);
        for (String aclField : ACL_FIELDS) {
            if (single.get(aclField) instanceof List<?> entries) {
                single.put(aclField, entries.stream().map(ResourceLinks::aclEntry).toList());
            }
        }
        return single;
    }

    /** An ACL entry with {@code _links._self = /<refs>/<_id>}; an entry naming no identity (no {@code _id}) has none. */
    public static Object aclEntry(Object entry) {
        if (!(entry instanceof Map<?, ?> acl) || acl.get("_id") == null) {
            return entry;
        }
        Map<Object, Object> linked = new LinkedHashMap<>(acl);
        linked.put("_links", Map.of("_self", self(String.valueOf(acl.get("refs")), acl.get("_id"))));
        return linked;
    }

    static List<Map<String, Object>> listItems(String entityName, List<? extends Map<String, ?>> documents) {
        List<Map<String, Object>> items = new ArrayList<>(documents.size());
        documents.forEach(document -> items.add(listItem(entityName, document)));
        return items;
    }
}
