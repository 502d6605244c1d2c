package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The Get of every AWS command: it borrows the SDK client of the connection and region ({@link AwsClients}), makes the
 * list call for one page, gives the client back and turns AWS failures into
 * {@link io.maestro.discovery.provider.ProviderException}s in AWS's words, credentials masked
 * ({@link AwsErrors#call(String, SyncConnection, java.util.function.Supplier)}).
 *
 * @param <C> the SDK client, e.g. {@code Ec2Client}
 */
public abstract class AwsListGet<C extends SdkAutoCloseable> implements ProviderCommand.Get {

    private final AwsClients clients;
    private final String action;
    private final int pageSize;

    /**
     * @param action   the AWS action, e.g. {@code DescribeInstances}, named in failure messages
     * @param pageSize the call's page size ({@link AwsPageSizes})
     */
    protected AwsListGet(AwsClients clients, String action, int pageSize) {
        this.clients = clients;
        this.action = action;
        this.pageSize = pageSize;
    }

    /** A Get of a call without pages (its one answer is the last page) or with a fixed page size of its own. */
    protected AwsListGet(AwsClients clients, String action) {
        this(clients, action, 0);
    }

    @Override
    public final FetchedPage page(SyncConnection connection, String region, String pageToken) {
        return AwsErrors.call(action, connection, () -> {
            try (AwsClients.Lease<C> lease = lease(clients, connection, region)) {
                return list(lease.client(), pageToken);
            }
        });
    }

    /** The page size given to the constructor, for the call's {@code MaxResults}, {@code MaxRecords}, {@code Limit}… */
    protected final int pageSize() {
        return pageSize;
    }

    /** e.g. {@code clients.lease(Ec2Client.builder(), connection, region)} */
    protected abstract AwsClients.Lease<C> lease(AwsClients clients, SyncConnection connection, String region);

    /**
     * One page: the items as maps ({@link AwsPayloads}) and the next page's token, {@code null} on the last page. A
     * second call the page needs (load balancers' tags) names its own action through {@link AwsErrors#call(String,
     * java.util.function.Supplier)}.
     */
    protected abstract FetchedPage list(C client, String pageToken);
}
