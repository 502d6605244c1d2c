package io.maestro.discovery.provider.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.terraform.TerraformFixtures;
import java.util.Map;
import java.util.Set;

/** Terraform: the recorded {@code prod.tfstate} (modules, count, for_each, sensitive values, every mapped type). */
final class TerraformContractFixture extends UploadedFilesContractFixture {

    static final String SSH_PASSWORD = "s3cr3t-terraform-Pa55";

    TerraformContractFixture(WireMockServer serverApp) {
        super(serverApp, "terraform",
                Set.of("server-list", "volumes-list", "storage-object-list", "dbs-list", "loadbalance-list"),
                "server-list", "/srv/states", SSH_PASSWORD, TerraformFixtures::connection);
    }

    @Override
    Map<String, byte[]> uploads() {
        return Map.of("users/u/states/prod.tfstate", TerraformFixtures.file("prod.tfstate"));
    }
}
