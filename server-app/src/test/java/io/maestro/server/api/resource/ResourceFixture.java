package io.maestro.server.api.resource;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the generic suite needs to exercise one registered resource. Adding an entity to the suite is adding one
 * fixture to {@link ResourceFixtures#all()}, built with {@link #builder(String, String)}.
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

    /**
     * A fixture of the resource at {@code route}, by default with ACL route {@code roles}, a team mirror, no alias and
     * records told apart by {@code name}; the bodies and fields without a default must be given.
     */
    public static Builder builder(String route, String entityName) {
        return new Builder(route, entityName);
    }

    @Override
    public String toString() {
        return route;
    }

    public static final class Builder {

        private final String route;
        private final String entityName;
        private String aclRoute = "roles";
        private boolean teamMirror = true;
        private Function<String, Map<String, Object>> validCreate;
        private Map<String, Object> validPatch;
        private Map<String, Object> invalidBody;
        private String invalidField;
        private String requiredField;
        private String filterField;
        private String aliasKey;
        private String aliasPath;
        private String labelField = "name";

        private Builder(String route, String entityName) {
            this.route = route;
            this.entityName = entityName;
        }

        /** The ACL route instead of {@code roles}: {@code members} for teams. */
        public Builder aclRoute(String aclRoute) {
            this.aclRoute = aclRoute;
            return this;
        }

        /** The resource has no {@code /teams/:id} mirror. */
        public Builder noTeamMirror() {
            this.teamMirror = false;
            return this;
        }

        public Builder validCreate(Function<String, Map<String, Object>> validCreate) {
            this.validCreate = validCreate;
            return this;
        }

        public Builder validPatch(Map<String, Object> validPatch) {
            this.validPatch = validPatch;
            return this;
        }

        /** A body with one invalid writable field, {@code invalidField}, which the 422 must name. */
        public Builder invalid(Map<String, Object> invalidBody, String invalidField) {
            this.invalidBody = invalidBody;
            this.invalidField = invalidField;
            return this;
        }

        public Builder requiredField(String requiredField) {
            this.requiredField = requiredField;
            return this;
        }

        public Builder filterField(String filterField) {
            this.filterField = filterField;
            return this;
        }

        /** A {@code query} alias key and the path of the created record it points to. */
        public Builder alias(String aliasKey, String aliasPath) {
            this.aliasKey = aliasKey;
            this.aliasPath = aliasPath;
            return this;
        }

        /** The text field that tells records apart in lists, instead of {@code name}. */
        public Builder labelField(String labelField) {
            this.labelField = labelField;
            return this;
        }

        public ResourceFixture build() {
            return new ResourceFixture(route, entityName, aclRoute, teamMirror, required(validCreate, "validCreate"),
                    required(validPatch, "validPatch"), required(invalidBody, "invalidBody"),
                    required(invalidField, "invalidField"), required(requiredField, "requiredField"),
                    required(filterField, "filterField"), aliasKey, aliasPath, labelField);
        }

        private <T> T required(T value, String what) {
            return Objects.requireNonNull(value, () -> route + ": the fixture needs " + what);
        }
    }
}
