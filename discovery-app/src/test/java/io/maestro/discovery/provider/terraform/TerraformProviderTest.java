package io.maestro.discovery.provider.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.InProcessS3;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.support.files.FileSources;
import io.maestro.discovery.provider.support.files.S3Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The provider's tasks over states in S3 (an in-process S3Proxy): every {@code *.tfstate} under a path, or one
 * remote-state object named by its key; unmapped types counted in a note; an old state reported by name.
 */
class TerraformProviderTest {

    private static final String ACCESS = "state-access";
    private static final String SECRET = "state-Secret-key-3";
    private static InProcessS3 s3;
    private static String endpoint;
    private static final TerraformProvider PROVIDER = new TerraformProvider(new FileSources(List.of(new S3Files())));

    @BeforeAll
    static void startS3() {
        s3 = InProcessS3.start(ACCESS, SECRET, "tf-states");
        endpoint = s3.endpoint();
        s3.client().putObject(request -> request.bucket("tf-states").key("env/a-legacy.tfstate"),
                RequestBody.fromBytes(TerraformFixtures.file("legacy.tfstate")));
        s3.client().putObject(request -> request.bucket("tf-states").key("env/prod/terraform.tfstate"),
                RequestBody.fromBytes(TerraformFixtures.file("prod.tfstate")));
        s3.client().putObject(request -> request.bucket("tf-states").key("env/prod/terraform.tfstate.backup"),
                RequestBody.fromString("{}"));
        s3.client().putObject(request -> request.bucket("tf-states").key("remote/prod"),
                RequestBody.fromBytes(TerraformFixtures.file("prod.tfstate")));
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    private static Map<String, String> credentials(String... more) {
        Map<String, String> credentials = new java.util.HashMap<>(Map.of("bucket", "tf-states", "access", ACCESS,
                "secret", SECRET, "url", endpoint));
        for (int index = 0; index < more.length; index += 2) {
            credentials.put(more[index], more[index + 1]);
        }
        return credentials;
    }

    private static DiscoveryCommand command(String task) {
        return PROVIDER.tasks().get(task).get(0);
    }

    @Test
    void tasksAndServices() {
        assertThat(PROVIDER.name()).isEqualTo("terraform");
        assertThat(PROVIDER.services()).containsExactly("s3_terraform");
        assertThat(PROVIDER.tasks()).containsOnlyKeys("server-list", "volumes-list", "storage-object-list",
                "dbs-list", "loadbalance-list");
        assertThat(command("server-list").target().declares()).isTrue();
    }

    @Test
    void everyStateUnderThePathIsAPageTheOldOneIsReportedAndUnmappedTypesAreCounted() {
        var connection = TerraformFixtures.connection("s3_terraform", credentials("path", "env/"));

        FetchedPage legacy = command("server-list").get(connection, "all", null);
        FetchedPage prod = command("server-list").get(connection, "all", legacy.nextToken());

        assertThat(legacy.items()).isEmpty();
        assertThat(legacy.unreadable()).singleElement().asString()
                .startsWith("env/a-legacy.tfstate: state format version 3 (Terraform 0.11 or older) is not read");
        assertThat(legacy.nextToken()).isEqualTo("1");
        assertThat(prod.items()).extracting(item -> item.get("address")).containsExactly("aws_instance.web[0]",
                "aws_instance.web[1]", "azurerm_linux_virtual_machine.app", "digitalocean_droplet.edge[\"ams3\"]",
                "openstack_compute_instance_v2.worker");
        assertThat(prod.notes()).containsExactly("env/prod/terraform.tfstate: 3 resources of types Maestro does not"
                + " map (aws_iam_role ×1, aws_security_group ×1, random_password ×1).");
        assertThat(prod.hasNext()).isFalse();
    }

    @Test
    void aRemoteStateIsReadByItsBucketAndKey() {
        var connection = TerraformFixtures.connection("s3_terraform", credentials("key", "remote/prod"));

        FetchedPage page = command("volumes-list").get(connection, "all", null);

        assertThat(page.items()).extracting(item -> item.get("address")).containsExactly(
                "module.storage.module.disks.aws_ebs_volume.data", "azurerm_managed_disk.logs",
                "digitalocean_volume.edge_data", "openstack_blockstorage_volume_v3.scratch");
        assertThat(page.hasNext()).isFalse();
        assertThat(command("volumes-list").translate(page.items(), TerraformFixtures.context()))
                .extracting(volume -> volume.get("unique_id")).contains("vol-0d1e2f3a4b5c60001");
    }
}
