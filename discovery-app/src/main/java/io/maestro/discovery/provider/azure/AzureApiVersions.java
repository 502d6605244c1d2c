package io.maestro.discovery.provider.azure;

/** The Resource Manager API versions discovery reads, one per resource provider's family of lists. */
public final class AzureApiVersions {

    /** Virtual machines, their sizes, images. */
    public static final String COMPUTE = "api-version=2024-11-01";
    /** Managed disks and snapshots. */
    public static final String DISKS = "api-version=2024-03-02";
    /** Network interfaces, public IP addresses, route tables, virtual networks. */
    public static final String NETWORK = "api-version=2024-05-01";

    private AzureApiVersions() {
    }
}
