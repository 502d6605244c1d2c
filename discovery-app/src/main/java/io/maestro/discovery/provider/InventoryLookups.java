package io.maestro.discovery.provider;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a translation may look up in the inventory. Tests pass a map-backed implementation, keeping translation pure. */
public interface InventoryLookups {

    /** The public flavor whose {@code api_name} is the given instance type, e.g. {@code t3.micro}: its vcpu, memory… */
    Optional<Map<String, Object>> publicFlavor(String apiName);

    /**
     * The applications, among the connection owner's own (compatibility.md S11), whose name or {@code _id} is one of the
     * given references, as {@code {_id, name, family}}.
     */
    List<Map<String, Object>> ownerApplications(Collection<String> namesOrIds);

    InventoryLookups NONE = new InventoryLookups() {
        @Override
        public Optional<Map<String, Object>> publicFlavor(String apiName) {
            return Optional.empty();
        }

        @Override
        public List<Map<String, Object>> ownerApplications(Collection<String> namesOrIds) {
            return List.of();
        }
    };
}
