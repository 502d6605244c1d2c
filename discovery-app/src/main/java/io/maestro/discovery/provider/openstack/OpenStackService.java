package io.maestro.discovery.provider.openstack;

import java.util.List;
import org.openstack4j.api.types.ServiceType;

/**
 * The OpenStack services discovery reads, known in the Keystone catalog by their service type: openstack4j's
 * {@link ServiceType} reads the historical aliases ({@code volumev3}, {@code volume}…), and the catalog types it does
 * not know yet ({@code block-storage}, the official name since Pike) are listed here.
 */
public enum OpenStackService {

    COMPUTE(ServiceType.COMPUTE, "compute (Nova)", List.of("compute")),
    BLOCK_STORAGE(ServiceType.BLOCK_STORAGE, "block-storage (Cinder)",
            List.of("block-storage", "volumev3", "volume", "volumev2")),
    IMAGE(ServiceType.IMAGE, "image (Glance)", List.of("image")),
    NETWORK(ServiceType.NETWORK, "network (Neutron)", List.of("network")),
    LOAD_BALANCER(ServiceType.OCTAVIA, "load-balancer (Octavia)", List.of("load-balancer"));

    private final ServiceType type;
    private final String label;
    private final List<String> catalogTypes;

    OpenStackService(ServiceType type, String label, List<String> catalogTypes) {
        this.type = type;
        this.label = label;
        this.catalogTypes = catalogTypes;
    }

    /** How failures name the service, e.g. {@code load-balancer (Octavia)}. */
    public String label() {
        return label;
    }

    /**
     * How well a catalog entry's type names this service: its position among the preferred types (0 best), or -1 when
     * the entry is another service's.
     */
    int preference(String catalogType) {
        int listed = catalogTypes.indexOf(catalogType);
        if (listed >= 0) {
            return listed;
        }
        return catalogType != null && ServiceType.forName(catalogType) == type ? catalogTypes.size() : -1;
    }
}
