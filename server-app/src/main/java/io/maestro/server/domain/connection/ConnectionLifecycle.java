package io.maestro.server.domain.connection;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.acl.CreatorAcl;
import io.maestro.common.audit.Change;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.PermissionException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.CreateStep;
import io.maestro.server.domain.resource.RecordView;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.ResourceStore;
import io.maestro.server.domain.resource.SaveHook;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * What happens around the writes of a connection (§2.6, §8, compatibility.md S4), plugged into the generic resource routes:
 * <ul>
 *   <li>create: the actor must be able to write the datacenter {@code dc_id}; discovery's rules for the provider are
 *   fetched before anything is stored (discovery down: 503 and nothing stored); the credentials are sealed;
 *   {@code owner_user} is set. Once stored: one job per initial task ({@link ConnectionJobs}) and the datacenter's
 *   {@code sucessed} flag set.</li>
 *   <li>PATCH and PUT: the credentials are merged into the stored ones ({@link ConnectionCredentials});
 *   {@code dc_id} cannot change (the discovered records belong to that datacenter).</li>
 *   <li>delete: the connection's jobs are deactivated, and the datacenter's flag cleared when no active connection
 *   is left on it.</li>
 *   <li>every answer: {@code conn} masked.</li>
 * </ul>
 */
public class ConnectionLifecycle implements CreateStep {

    private static final String CONN = "conn";
    private static final String DC_ID = "dc_id";
    private static final String FLAG = "sucessed";
    private static final String OWNER_USER = "owner_user";
    private static final String PROCESS = "process";

    private final ConnectionCredentials credentials;
    private final DiscoveryCatalogue discovery;
    private final ConnectionJobs jobs;
    private final ResourceService resources;
    private final ResourceDefinition datacenters;
    private final ResourceStore store;
    private final String collection;

    /** @param connectionsCollection where connections are stored, to count those left on a datacenter */
    public ConnectionLifecycle(ConnectionCredentials credentials, DiscoveryCatalogue discovery, ConnectionJobs jobs,
            ResourceService resources, ResourceDefinition datacenters, ResourceStore store, String connectionsCollection) {
        this.credentials = credentials;
        this.discovery = discovery;
        this.jobs = jobs;
        this.resources = resources;
        this.datacenters = datacenters;
        this.store = store;
        this.collection = connectionsCollection;
    }

    @Override
    public SaveHook prepare(Document fields, Actor actor) {
        String datacenterId = writableDatacenter(fields.getString(DC_ID), actor);
        String providerKey = ProviderKey.of(fields.getString("provider"));
        List<String> tasks = discovery.initialTasks(providerKey);
        fields.put(CONN, credentials.seal(fields.get(CONN) instanceof Map<?, ?> given ? given : Map.of()));
        fields.put(OWNER_USER, CreatorAcl.entry(actor.actingAs()));
        return (change, stored, by) -> {
            jobs.createAll(by, stored.getString("name"), stored.getObjectId("_id").toHexString(), providerKey, tasks);
            flagConnected(datacenterId, by);
        };
    }

    /**
     * Before PATCH and PUT (the fields carry {@code _id}): merges the credentials, refusing to keep stored secrets
     * while a non-admin changes where they are sent ({@link ConnectionCredentials#update}); {@code dc_id} may not
     * change.
     */
    public SaveHook beforeUpdate() {
        return (change, fields, actor) -> {
            if (change == Change.CREATE) {
                return;
            }
            ObjectId id = fields.getObjectId("_id");
            Document stored = store.findOne(collection, new Document("_id", id), new Document(CONN, 1).append(DC_ID, 1)
                    .append(OWNER_USER, 1).append(PROCESS, 1).append("url", 1).append("provider", 1).append("service", 1));
            if (fields.containsKey(DC_ID) && !fields.get(DC_ID).equals(stored.get(DC_ID))) {
                throw new ValidatorException(ValidationDetail.field(DC_ID, "any.invalid", "cannot change: a connection "
                        + "stays with the datacenter its records were discovered in; create a connection for another one"));
            }
            Document after = new Document();
            if (change == Change.PATCH) {
                after.putAll(stored);
            }
            after.putAll(fields);
            Object sealed = credentials.update(fields.get(CONN) instanceof Map<?, ?> given ? given : null, stored, after,
                    isAdmin(id, actor));
            if (sealed != null) {
                fields.put(CONN, sealed);
            }
            if (change == Change.UPDATE) {
                // set by the server (owner_user) and by discovery (process), not by the body a PUT replaces
                copyIfPresent(stored, fields, OWNER_USER);
                copyIfPresent(stored, fields, PROCESS);
            }
        };
    }

    private boolean isAdmin(ObjectId connectionId, Actor actor) {
        Document filter = new Document("_id", connectionId);
        filter.putAll(AclFilter.requiring(actor.actingAs(), AclRoles.ADMIN));
        return store.count(collection, filter) > 0;
    }

    /** After delete: the jobs off, the datacenter's flag cleared if it was its last active connection. */
    public SaveHook afterDelete() {
        return (change, stored, actor) -> {
            if (change == Change.DELETE) {
                jobs.deactivateAll(actor, stored.getObjectId("_id"));
                clearFlagIfLast(stored.getString(DC_ID), actor);
            }
        };
    }

    /** Every answer shows {@code conn} as the mask of the fields it holds. */
    public RecordView view() {
        return record -> {
            if (record.containsKey(CONN)) {
                record.put(CONN, credentials.mask(record.get(CONN)));
            }
            return record;
        };
    }

    /** The datacenter id if the actor may write that datacenter; else 404 or 403 naming {@code dc_id}. */
    private String writableDatacenter(String datacenterId, Actor actor) {
        try {
            resources.stored(datacenters, actor, datacenterId, AclRoles.WRITE);
            return datacenterId;
        } catch (NotFoundException unknown) {
            throw new NotFoundException("dc_id: no datacenter " + datacenterId + " you can read");
        } catch (PermissionException readOnly) {
            throw new PermissionException("dc_id: a connection needs write access (role 3) on datacenter " + datacenterId);
        }
    }

    private void flagConnected(String datacenterId, Actor actor) {
        resources.systemUpdate(datacenters, actor, new Document("_id", new ObjectId(datacenterId))
                .append(FLAG, new Document("$ne", true)), new Document("$set", new Document(FLAG, true)),
                Change.PATCH);
    }

    private void clearFlagIfLast(String datacenterId, Actor actor) {
        if (datacenterId == null || !ObjectId.isValid(datacenterId)
                || store.count(collection, new Document(DC_ID, datacenterId).append("active", true)) > 0) {
            return;
        }
        resources.systemUpdate(datacenters, actor, new Document("_id", new ObjectId(datacenterId))
                .append(FLAG, new Document("$ne", false)), new Document("$set", new Document(FLAG, false)),
                Change.PATCH);
    }

    private static void copyIfPresent(Document from, Document to, String field) {
        if (from.containsKey(field)) {
            to.put(field, from.get(field));
        }
    }
}
