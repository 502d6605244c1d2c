package io.maestro.common.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code _links} Maestro 0.6 put on records: {@code _self} on each record and on each entry of its ACL array.
 * Each names the path its record is served at, so that following it answers (compatibility.md D50): the route
 * ({@code volumes}, not 0.6's entity name {@code volume}), under {@code teams/<id>/} in a team mirror's answers.
 */
public final class ResourceLinks {

    /** The ACL arrays whose entries link to the user, team, project or organization they name. */
    private static final List<String> ACL_FIELDS = List.of("roles", "members");

    private ResourceLinks() {
    }

    /** {@code /<path>/<id>}, where {@code path} is where the record is served, without the leading slash. */
    public static Link self(String path, Object id) {
        return Link.get("/" + path + "/" + id);
    }

    /** {@code /<path>/?page=N&limit=L}. */
    public static Link page(String path, long page, int limit) {
        return Link.get("/" + path + "/?page=" + page + "&limit=" + limit);
    }

    /** A copy of a list item with {@code _links._self}. */
    public static Map<String, Object> listItem(String path, Map<String, ?> document) {
        Map<String, Object> item = new LinkedHashMap<>(document);
        item.put("_links", Map.of("_self", self(path, document.get("_id"))));
        return item;
    }

    /**
     * A copy of a single record with {@code _links._self}, and each entry of its {@code roles} / {@code members}
     * array with {@code _links._self = /<refs>/<_id>}.
     */
    public static Map<String, Object> single(String path, Map<String, ?> document) {
        Map<String, Object> single = listItem(path, document);
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

    static List<Map<String, Object>> listItems(String path, List<? extends Map<String, ?>> documents) {
        List<Map<String, Object>> items = new ArrayList<>(documents.size());
        documents.forEach(document -> items.add(listItem(path, document)));
        return items;
    }
}
