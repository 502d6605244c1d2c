package io.maestro.discovery.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A discovery provider (Cartography's module contract): which connections it serves and, per task, its commands.
 * Every provider is a Spring bean; the pipeline finds it by the connection's {@code service}.
 */
public interface DiscoveryProvider {

    /** The provider key of the catalogue and of {@code /crawler/<provider>/...}: lower case, no spaces, e.g. {@code aws}. */
    String name();

    /** The connection {@code service} values it serves, e.g. {@code iam_aws}; {@code upload_file}, {@code ssh_file}, {@code s3_file}. */
    Set<String> services();

    /** Task name (e.g. {@code server-list}) → its commands, in the order they run. */
    Map<String, List<DiscoveryCommand>> tasks();

    /** The regions to crawl for a connection: its stored regions by default, as region codes. */
    default List<String> regions(SyncConnection connection) {
        return connection.regions().stream()
                .map(label -> label.trim().split("\\s+")[0])
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
    }
}
