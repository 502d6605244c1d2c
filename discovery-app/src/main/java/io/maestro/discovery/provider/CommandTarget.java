package io.maestro.discovery.provider;

import io.maestro.common.inventory.InventoryEntity;

/**
 * Where the records of one command go and how they are recognised across syncs.
 *
 * @param entity   the data-app entity (collection) the records are loaded into: a discovered entity's
 *                 {@link InventoryEntity#collection()}
 * @param key      the identity field: the entity's {@link InventoryEntity#identityKey()} for every cloud record
 *                 (compatibility.md D1), {@code name} for imported flavors
 * @param family   the {@code family} the cleanup restricts itself to, or {@code null} (e.g. {@code Loadbalance}, so that
 *                 a load-balancer sync never deactivates the same connection's databases)
 * @param provider the {@code provider} label the cleanup restricts itself to, or {@code null} (e.g. {@code ELB (AWS)})
 * @param declares whether the records say what is declared (a Terraform state) rather than what runs: merged into a
 *                 record another connection found, such a record adds only its {@code declared_in} entry and leaves
 *                 the running attributes, {@code active}, {@code last_seen_at} and {@code accountant} to the cloud
 *                 (docs/drift.md)
 */
public record CommandTarget(String entity, String key, String family, String provider, boolean declares) {

    public CommandTarget(String entity, String key, String family, String provider) {
        this(entity, key, family, provider, false);
    }

    /** The same target, for records that say what is declared. */
    public CommandTarget declaring() {
        return new CommandTarget(entity, key, family, provider, true);
    }

    public static CommandTarget of(InventoryEntity entity) {
        return of(entity, null, null);
    }

    public static CommandTarget of(InventoryEntity entity, String family, String provider) {
        if (!entity.discovered()) {
            throw new IllegalArgumentException("Discovery does not write " + entity.collection());
        }
        return new CommandTarget(entity.collection(), entity.identityKey(), family, provider);
    }
}
