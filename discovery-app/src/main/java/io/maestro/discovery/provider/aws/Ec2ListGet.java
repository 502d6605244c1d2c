package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.SyncConnection;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** A Get of one EC2 {@code Describe*} call. */
public abstract class Ec2ListGet extends AwsListGet<Ec2Client> {

    protected Ec2ListGet(AwsClients clients, String action) {
        super(clients, action);
    }

    @Override
    protected final Ec2Client client(AwsClients clients, SyncConnection connection, String region) {
        return clients.build(Ec2Client.builder(), connection, region);
    }
}
