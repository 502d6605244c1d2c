package io.maestro.analytics.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What a map reads of the inventory: only the owner's active records. */
public interface BusinessInventory {

    /** The owner's systems serving one of {@code clientIds}. */
    List<Map<String, Object>> systemsOfClients(String ownerId, Collection<String> clientIds);

    /** The owner's systems among {@code systemIds}. */
    List<Map<String, Object>> systems(String ownerId, Collection<String> systemIds);

    /** The owner's applications of one of {@code systemIds}: {@code _id}, {@code name}, {@code family}. */
    List<Map<String, Object>> applicationsOfSystems(String ownerId, Collection<String> systemIds);

    /**
     * The owner's applications {@code entryIds} and every application they depend on, directly or not (up to
     * {@code maxDepth} steps), with the dependencies between them; entry points marked {@link AppNode#root()}.
     */
    Lookup dependencies(String ownerId, Collection<String> entryIds, int maxDepth);

    /** The owner's servers running one of {@code appIds}, by application id. */
    Map<String, List<AppServer>> servers(String ownerId, Collection<String> appIds);

    record Lookup(List<AppNode> apps, List<DependencyEdge> dependencies) {
    }
}
