package io.maestro.discovery.provider;

import java.time.Instant;

/**
 * Everything a translation may use besides the items: the connection (datacenter, provider), the region being
 * crawled (the region code, e.g. {@code eu-west-1}; {@code all} for providers without regions), the sync's clock and
 * the inventory lookups.
 */
public record TranslationContext(SyncConnection connection, String region, Instant now, InventoryLookups lookups) {
}
