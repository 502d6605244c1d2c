package io.maestro.server.api.resource;

import java.util.Map;
import java.util.function.Function;

/**
 * What the generic suite needs to exercise one registered resource. Adding an entity to the suite is adding one
 * fixture to {@link ResourceFixtures#all()}.
 *
 * @param route         the personal route, e.g. {@code /servers}
 * @param entityName    the name in {@code _links}
 * @param aclRoute      {@code roles}, or {@code members} for teams
 * @param teamMirror    whether the suite also runs under {@code /teams/:id}
 * @param validCreate   a valid create body for a tag; {@code name} must contain the tag (sorting and searching use it),
 *                      and bodies of different tags must not collide on unique fields
 * @param validPatch    a valid partial update
 * @param invalidBody   a body with one invalid writable field
 * @param invalidField  the field the 422 must name
 * @param requiredField a field whose absence on create is 422
 * @param filterField   a single-view field for exact-match filtering; its value must differ between tags
 * @param aliasKey      a {@code query} alias key, or null when the entity has none
 * @param aliasPath     where {@code aliasKey} points (its value is read from the created record)
 * @param labelField    the text field that tells records apart in lists (sorting, searching): {@code name}, or
 *                      {@code msg} for events; {@link #validCreate} must put the tag in it
 */
public record ResourceFixture(
        String route,
        String entityName,
        String aclRoute,
        boolean teamMirror,
        Function<String, Map<String, Object>> validCreate,
        Map<String, Object> validPatch,
        Map<String, Object> invalidBody,
        String invalidField,
        String requiredField,
        String filterField,
        String aliasKey,
        String aliasPath,
        String labelField) {

    /** A fixture whose records are told apart by {@code name}. */
    public ResourceFixture(String route, String entityName, String aclRoute, boolean teamMirror,
            Function<String, Map<String, Object>> validCreate, Map<String, Object> validPatch,
            Map<String, Object> invalidBody, String invalidField, String requiredField, String filterField,
            String aliasKey, String aliasPath) {
        this(route, entityName, aclRoute, teamMirror, validCreate, validPatch, invalidBody, invalidField, requiredField,
                filterField, aliasKey, aliasPath, "name");
    }

    @Override
    public String toString() {
        return route;
    }
}
