package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * A Get that makes one AWS list call per page: it configures an SDK client for the connection and region, makes the
 * call, closes the client and turns AWS failures into {@link io.maestro.discovery.provider.ProviderException}s in AWS's
 * words (credentials never shown).
 *
 * @param <C> the SDK client, e.g. {@code Ec2Client}
 */
public abstract class AwsListGet<C extends SdkAutoCloseable> implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final String action;

    /** @param action the AWS action, e.g. {@code DescribeInstances}, named in failure messages */
    protected AwsListGet(AwsClients clients, String action) {
        this.clients = clients;
        this.action = action;
    }

    @Override
    public final FetchedPage page(SyncConnection connection, String region, String pageToken) {
        return AwsErrors.call(action, connection, () -> {
            try (C client = client(clients, connection, region)) {
                return list(client, pageToken);
            }
        });
    }

    /** e.g. {@code clients.build(Ec2Client.builder(), connection, region)} */
    protected abstract C client(AwsClients clients, SyncConnection connection, String region);

    /** One page: the items as maps ({@link AwsPayloads}) and the next page's token, {@code null} on the last page. */
    protected abstract FetchedPage list(C client, String pageToken);
}
