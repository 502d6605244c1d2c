package io.maestro.server.domain.resource;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.inventory.schema.ObjectSchema;
import io.maestro.common.query.ListQueryDefinition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;

/**
 * Everything the generic resource routes need to know about one entity. Registering a definition as a bean gives it
 * the personal routes under {@link #route()} and, when {@link #teamMirror()}, the same routes under
 * {@code /teams/:id}{@link #route()}. An inventory entity's names, schema and fields come from its
 * {@link InventoryEntity} ({@link #of}); this adds what only server-app needs: routes, hooks, aliases, links.
 *
 * @param route         the URL path, e.g. {@code /servers} or {@code /network}
 * @param entityName    the name in {@code _links} and audit ({@link InventoryEntity#entityName()})
 * @param collection    the Mongo collection
 * @param schema        the writable fields (its top-level keys; any other key of a body is dropped silently), their
 *                      rules and create-time defaults
 * @param listFields    the projection of list items (dotted paths allowed); {@code _id} is always included
 * @param singleFields  the projection of a single record; also the fields a list may filter and sort on
 * @param query         exact-match fields, {@code query} aliases and upper-first fields of lists
 * @param aclField      the ACL array: {@code roles}, or {@code members} for teams
 * @param aclRoute      the path segment of the ACL routes: {@code roles}, or {@code members} for teams
 * @param routes        which route sets exist (a read-only entity has only {@link RouteGroup#READ})
 * @param teamMirror    whether the routes also exist under {@code /teams/:id}
 * @param autocomplete  whether {@code GET R/autocomplete?complete=} exists (teams and projects)
 * @param audited       whether writes are sent to the audit service (0.6: all but connections' reads etc.)
 * @param emptyPatch    whether a PATCH without any writable field answers the record unchanged (0.6's
 *                      {@code /scheduler}) rather than 422 (every entity whose 0.6 validator wants one field)
 * @param discovered    whether discovery creates these records: a unique sparse index on {@code unique_id}, and
 *                      {@link InventoryEntity#LIFECYCLE_FIELDS} in the list and single fields
 * @param beforeSave    hooks on the validated fields before each write
 * @param afterSave     hooks on the stored record after each write
 * @param createSteps   work a create needs done before the record is stored (a step may refuse the create) and
 *                      finished once it is stored
 * @param view          how a stored record is shown: applied to every record the resource routes answer with
 * @param linkedFields  fields that another record's relation routes keep in step (a server's {@code applications},
 *                      an application's {@code system}, a system's {@code clients}): restoring an old version keeps
 *                      their current value, so that both sides of a relation still agree
 */
public record ResourceDefinition(
        String route,
        String entityName,
        String collection,
        ObjectSchema schema,
        List<String> listFields,
        List<String> singleFields,
        ListQueryDefinition query,
        String aclField,
        String aclRoute,
        Set<RouteGroup> routes,
        boolean teamMirror,
        boolean autocomplete,
        boolean audited,
        boolean emptyPatch,
        boolean discovered,
        List<SaveHook> beforeSave,
        List<SaveHook> afterSave,
        List<CreateStep> createSteps,
        RecordView view,
        Set<String> linkedFields) {

    /** Fields lists may always sort on besides the single fields. */
    private static final List<String> ALWAYS_LISTED = List.of("_id", "created_at", "updated_at");

    public ResourceDefinition {
        if (!route.startsWith("/") || route.endsWith("/")) {
            throw new IllegalArgumentException("A resource route starts with '/' and does not end with it: " + route);
        }
        listFields = List.copyOf(listFields);
        singleFields = List.copyOf(singleFields);
        routes = Set.copyOf(routes);
        beforeSave = List.copyOf(beforeSave);
        afterSave = List.copyOf(afterSave);
        createSteps = List.copyOf(createSteps);
        Objects.requireNonNull(view, "view");
        linkedFields = Set.copyOf(linkedFields);
    }

    /**
     * The definition of an entity: names, schema, fields and discovery from its {@link InventoryEntity}, the
     * registry's for the inventory, one built in place for a resource outside it (teams).
     */
    public static Builder of(InventoryEntity entity) {
        Builder builder = new Builder(entity.route(), entity.entityName(), entity.collection());
        builder.schema = entity.schema();
        builder.listFields = entity.listFields();
        builder.singleFields = entity.singleFields();
        builder.discovered = entity.discovered();
        return builder;
    }

    public Document listProjection() {
        return projection(listFields);
    }

    public Document singleProjection() {
        return projection(singleFields);
    }

    public boolean has(RouteGroup group) {
        return routes.contains(group);
    }

    /**
     * Where this definition's records are served, without the leading slash: the route, under {@code teams/<id>/} for
     * the team mirror ({@code teamId} not null). Their {@code _links} name it, so that following one answers
     * (compatibility.md D50).
     */
    public String servedAt(String teamId) {
        String path = route.substring(1);
        return teamId == null ? path : "teams/" + teamId + "/" + path;
    }

    /**
     * Dotted paths under a field that is projected whole are left out: MongoDB refuses such path collisions. Built on
     * every read and write, so each field's parents are looked up rather than compared with every other field.
     */
    private static Document projection(List<String> fields) {
        Set<String> projected = Set.copyOf(fields);
        Document projection = new Document();
        for (String field : fields) {
            if (!coveredByParent(field, projected)) {
                projection.put(field, 1);
            }
        }
        return projection;
    }

    private static boolean coveredByParent(String field, Set<String> projected) {
        for (int dot = field.indexOf('.'); dot >= 0; dot = field.indexOf('.', dot + 1)) {
            if (projected.contains(field.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /** Builds a definition; defaults: ACL on {@code roles}, all route sets, team mirror, audited. */
    public static final class Builder {

        private final String route;
        private final String entityName;
        private final String collection;
        private ObjectSchema schema;
        private List<String> listFields;
        private List<String> singleFields;
        private Map<String, String> aliases = Map.of();
        private Set<String> upperFirst = Set.of();
        private String aclField = AclFilter.ROLES;
        private String aclRoute = "roles";
        private Set<RouteGroup> routes = EnumSet.allOf(RouteGroup.class);
        private boolean teamMirror = true;
        private boolean autocomplete;
        private boolean audited = true;
        private boolean emptyPatch;
        private boolean discovered;
        private final List<SaveHook> beforeSave = new ArrayList<>();
        private final List<SaveHook> afterSave = new ArrayList<>();
        private Set<String> linkedFields = Set.of();
        private final List<CreateStep> createSteps = new ArrayList<>();
        private RecordView view = RecordView.STORED;

        private Builder(String route, String entityName, String collection) {
            this.route = route;
            this.entityName = entityName;
            this.collection = collection;
        }

        /** {@code query} JSON keys renamed before use, source → destination (0.6's per-entity "swap"). */
        public Builder aliases(Map<String, String> sourceToDestination) {
            this.aliases = sourceToDestination;
            return this;
        }

        public Builder upperFirst(String... fields) {
            this.upperFirst = Set.of(fields);
            return this;
        }

        public Builder acl(String field, String routeSegment) {
            this.aclField = field;
            this.aclRoute = routeSegment;
            return this;
        }

        public Builder routes(RouteGroup first, RouteGroup... more) {
            this.routes = EnumSet.of(first, more);
            return this;
        }

        public Builder withoutTeamMirror() {
            this.teamMirror = false;
            return this;
        }

        public Builder withAutocomplete() {
            this.autocomplete = true;
            return this;
        }

        public Builder notAudited() {
            this.audited = false;
            return this;
        }

        /** See {@link ResourceDefinition#emptyPatch()}. */
        public Builder allowingEmptyPatch() {
            this.emptyPatch = true;
            return this;
        }

        public Builder beforeSave(SaveHook hook) {
            beforeSave.add(hook);
            return this;
        }

        public Builder afterSave(SaveHook hook) {
            afterSave.add(hook);
            return this;
        }

        public Builder onCreate(CreateStep step) {
            createSteps.add(step);
            return this;
        }

        /** See {@link ResourceDefinition#linkedFields()}. */
        public Builder linkedFields(String... fields) {
            this.linkedFields = Set.of(fields);
            return this;
        }

        public Builder view(RecordView recordView) {
            this.view = recordView;
            return this;
        }

        public ResourceDefinition build() {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(singleFields, "singleFields");
            Set<String> filterable = new LinkedHashSet<>(ALWAYS_LISTED);
            singleFields.forEach(field -> filterable.add(field.contains(".") ? field.substring(0, field.indexOf('.')) : field));
            ListQueryDefinition query = ListQueryDefinition.of(filterable).withAliases(aliases).withUpperFirst(upperFirst);
            return new ResourceDefinition(route, entityName, collection, schema, listFields, singleFields, query,
                    aclField, aclRoute, routes, teamMirror, autocomplete, audited, emptyPatch, discovered, beforeSave, afterSave,
                    createSteps, view, linkedFields);
        }
    }
}
