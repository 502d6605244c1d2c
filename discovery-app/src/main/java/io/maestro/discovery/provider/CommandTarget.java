package io.maestro.discovery.provider;

/**
 * Where the records of one command go and how they are recognised across syncs.
 *
 * @param entity   the data-app entity (collection) the records are loaded into: {@code servers}, {@code applications},
 *                 {@code volumes}, {@code snapshots}, {@code images}, {@code networks}, {@code flavors}
 * @param key      the identity field; {@code unique_id} for every cloud record (compatibility.md D1), {@code name} for
 *                 imported flavors
 * @param family   the {@code family} the cleanup restricts itself to, or {@code null} (e.g. {@code Loadbalance}, so that
 *                 a load-balancer sync never deactivates the same connection's databases)
 * @param provider the {@code provider} label the cleanup restricts itself to, or {@code null} (e.g. {@code ELB (AWS)})
 */
public record CommandTarget(String entity, String key, String family, String provider) {

    public static CommandTarget of(String entity) {
        return new CommandTarget(entity, "unique_id", null, null);
    }

    public static CommandTarget of(String entity, String family, String provider) {
        return new CommandTarget(entity, "unique_id", family, provider);
    }
}
