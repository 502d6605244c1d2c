package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.SyncConnection;
import java.util.List;
import java.util.Map;

/** Connections and template files the file import tests share. */
final class FileImportFixtures {

    static final String CONNECTION_ID = "64b000000000000000000001";
    static final String DATACENTER_ID = "64b000000000000000000002";

    static final String SERVERS_FILE = """
            {"servers": [
              {"name": "web-1", "ipv4_private": "10.0.0.1", "cpu": 2, "datacenters": {"zone": "rack-1"}},
              {"hostname": "db-1.local", "ipv4_private": "10.0.0.2", "unique_id": "srv-db-1"}
            ],
             "volumes": [{"name": "data-1", "size": "500"}]}
            """;

    private FileImportFixtures() {
    }

    static SyncConnection connection(String service, Map<String, String> credentials) {
        return new SyncConnection(CONNECTION_ID, "files", "File", service, "Imports DC", DATACENTER_ID, List.of(),
                null, null, Map.of("_id", "64b000000000000000000003"), List.of(), credentials);
    }
}
