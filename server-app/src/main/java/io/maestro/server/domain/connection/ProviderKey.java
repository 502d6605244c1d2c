package io.maestro.server.domain.connection;

import java.util.Locale;

/**
 * The key discovery knows a provider by in {@code /available/rules/<key>} and {@code /crawler/<key>/...}: the
 * provider label lower-cased without spaces ({@code AWS} → {@code aws}, {@code Digital Ocean} → {@code digitalocean}),
 * as Maestro 0.6 derived it.
 */
public final class ProviderKey {

    private ProviderKey() {
    }

    public static String of(String providerLabel) {
        return providerLabel.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
