package io.maestro.discovery.provider.aws.compute;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;

/** AMIs the account owns ({@code Owners=self}), one page of {@code DescribeImages}. */
public final class DescribeImagesGet extends Ec2ListGet {

    public DescribeImagesGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeImages", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeImagesResponse response = ec2.describeImages(request -> request
                .owners("self")
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.images()), response.nextToken());
    }
}
