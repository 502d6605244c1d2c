package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.SyncConnection;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** A Get of one EC2 {@code Describe*} call. */
public abstract class Ec2ListGet extends AwsListGet<Ec2Client> {

    /** The smallest {@code MaxResults} EC2 accepts. */
    public static final int MINIMUM_PAGE = 5;
    /** The {@code MaxResults} 0.6 asked for. */
    private static final int DEFAULT_PAGE = 200;
    /** The largest {@code MaxResults} of most {@code Describe*} calls. */
    private static final int MAXIMUM_PAGE = 1000;

    protected Ec2ListGet(AwsClients clients, String action, int pageSize) {
        super(clients, action, pageSize);
    }

    protected Ec2ListGet(AwsClients clients, String action) {
        super(clients, action);
    }

    /** The page size of a {@code Describe*} call that accepts up to 1000 items a page. */
    public static int pageSizeOf(AwsPageSizes pageSizes) {
        return pageSizes.scan(DEFAULT_PAGE, MINIMUM_PAGE, MAXIMUM_PAGE);
    }

    @Override
    protected final AwsClients.Lease<Ec2Client> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(Ec2Client.builder(), connection, region);
    }
}
