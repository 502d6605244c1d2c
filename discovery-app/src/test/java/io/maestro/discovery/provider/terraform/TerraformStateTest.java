package io.maestro.discovery.provider.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.ProviderException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a state: every managed instance across modules and count/for_each, never a sensitive value. */
class TerraformStateTest {

    @Test
    void everyManagedInstanceIsAnItemAddressedAsTerraformPrintsIt() {
        List<Map<String, Object>> items = TerraformFixtures.prod();

        assertThat(items).extracting(item -> item.get("address")).containsExactly(
                "aws_instance.web[0]", "aws_instance.web[1]",
                "module.db.aws_db_instance.main",
                "module.storage.aws_s3_bucket.this[\"logs\"]", "module.storage.aws_s3_bucket.this[\"media\"]",
                "module.storage.module.disks.aws_ebs_volume.data",
                "aws_lb.front", "azurerm_linux_virtual_machine.app", "azurerm_managed_disk.logs",
                "digitalocean_droplet.edge[\"ams3\"]", "digitalocean_volume.edge_data",
                "openstack_compute_instance_v2.worker", "openstack_blockstorage_volume_v3.scratch",
                "aws_security_group.web", "module.db.random_password.db", "aws_iam_role.ci");
        assertThat(TerraformFixtures.resource("module.storage.aws_s3_bucket.this[\"logs\"]"))
                .containsEntry("module", "module.storage").containsEntry("type", "aws_s3_bucket")
                .containsEntry("name", "this").containsEntry("index_key", "logs")
                .containsEntry("state_file", "states/prod.tfstate");
        assertThat(TerraformFixtures.resource("aws_instance.web[1]")).containsEntry("index_key", 1);
    }

    @Test
    void sensitiveAttributesAndSecretNamedOnesNeverReachAnItem() {
        String items = TerraformFixtures.prod().toString();

        TerraformFixtures.SECRETS.forEach(secret -> assertThat(items).doesNotContain(secret));
        assertThat(TerraformFixtures.resource("module.db.aws_db_instance.main").get("attributes"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .doesNotContainKeys("password", "username").containsEntry("identifier", "orders");
        assertThat(items).doesNotContain("eyJzY2hlbWFfdmVyc2lvbiI6IjEifQ==");
    }

    @Test
    void anOlderFormatIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> TerraformStateGet.resources("old/legacy.tfstate", TerraformFixtures.file("legacy.tfstate")))
                .isInstanceOf(ProviderException.class)
                .hasMessage("old/legacy.tfstate: state format version 3 (Terraform 0.11 or older) is not read; Maestro"
                        + " reads version 4 (Terraform 0.12 or later): run terraform 0.12 or later on it (terraform"
                        + " state pull) and import the state it writes");
    }

    @Test
    void somethingElseIsRefusedByName() {
        assertThatThrownBy(() -> TerraformStateGet.resources("x.tfstate", "{\"servers\": []}".getBytes()))
                .hasMessage("x.tfstate: not a Terraform state (no \"version\")");
        assertThatThrownBy(() -> TerraformStateGet.resources("y.tfstate", "{\"version\": 4,".getBytes()))
                .hasMessage("y.tfstate: not valid JSON");
    }
}
