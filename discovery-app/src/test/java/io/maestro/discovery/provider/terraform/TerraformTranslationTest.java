package io.maestro.discovery.provider.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each mapped resource type → its record, keyed by the cloud's id, with where it is declared. */
class TerraformTranslationTest {

    private static Map<String, Object> record(String address) {
        Map<String, Object> item = TerraformFixtures.resource(address);
        return TerraformResourceType.of(String.valueOf(item.get("type"))).orElseThrow()
                .translate(item, TerraformFixtures.context());
    }

    private static Map<String, Object> declaration(String address) {
        return Map.of("unique_id", TerraformFixtures.CONNECTION_ID + ":" + address,
                "connection", TerraformFixtures.CONNECTION_ID, "connection_name", "prod state",
                "address", address, "state", "states/prod.tfstate");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> declared(Map<String, Object> record) {
        return (Map<String, Object>) ((List<Map<String, Object>>) record.get("declared_in")).get(0).get("declared");
    }

    @Test
    void anAwsInstanceIsTheServerAwsDiscoveryKnowsByItsInstanceId() {
        Map<String, Object> server = record("aws_instance.web[0]");

        assertThat(server).containsEntry("unique_id", "i-0a1b2c3d4e5f60001")
                .containsEntry("name", "web-01")
                .containsEntry("ipv4_private", "10.0.1.12")
                .containsEntry("dns_private", "ip-10-0-1-12.eu-west-1.compute.internal")
                .containsEntry("tags", List.of(Map.of("key", "Name", "value", "web-01"),
                        Map.of("key", "Role", "value", "frontend")))
                .containsEntry("status", "Active")
                .containsEntry("metas", Map.of("terraform_address", "aws_instance.web[0]"))
                .containsEntry("datacenters", Map.of("name", "Cloud DC", "_id", "64d000000000000000000002",
                        "provider", "AWS", "region", "eu-west-1", "zone", "eu-west-1a", "type", "Virtual",
                        "instance", "t3.micro", "instance_id", "i-0a1b2c3d4e5f60001", "image_id",
                        "ami-0c02fb55956c7d316", "subnet_id", "subnet-0aa11bb22cc33dd44"))
                .doesNotContainKey("ipv4_public")
                .containsKey("checksum");
        assertThat((List<?>) server.get("declared_in")).singleElement().satisfies(entry -> assertThat(
                (Map<String, Object>) entry).containsAllEntriesOf(declaration("aws_instance.web[0]")));
        assertThat(declared(server)).isEqualTo(Map.of("size", "t3.micro", "image", "ami-0c02fb55956c7d316",
                "ipv4_private", "10.0.1.12", "tags", List.of(Map.of("key", "Name", "value", "web-01"),
                        Map.of("key", "Role", "value", "frontend"))));
        assertThat(server.toString()).doesNotContain("tf-UserData-Secret-11");
    }

    @Test
    void theOtherCloudsServersAreKnownByTheirCloudsIds() {
        Map<String, Object> azure = record("azurerm_linux_virtual_machine.app");
        Map<String, Object> droplet = record("digitalocean_droplet.edge[\"ams3\"]");
        Map<String, Object> openstack = record("openstack_compute_instance_v2.worker");

        assertThat(azure).containsEntry("unique_id", "/subscriptions/00000000-0000-0000-0000-000000000001/"
                        + "resourceGroups/prod/providers/Microsoft.Compute/virtualMachines/app-01")
                .containsEntry("name", "app-01").containsEntry("ipv4_private", "10.1.0.4")
                .containsEntry("os", Map.of("base", "Linux"));
        assertThat(declared(azure)).containsEntry("size", "Standard_B2s")
                .containsEntry("image", "Canonical:0001-com-ubuntu-server-jammy:22_04-lts:latest");
        assertThat(droplet).containsEntry("unique_id", "412345678").containsEntry("name", "edge-ams3")
                .containsEntry("ipv4_public", "188.166.1.10").containsEntry("ipv4_private", "10.110.0.2")
                .containsEntry("cpu", 1).containsEntry("memory", 2.0)
                .containsEntry("tags", List.of(Map.of("key", "edge", "value", "true"), Map.of("key", "web", "value", "true")));
        assertThat(openstack).containsEntry("unique_id", "3f2504e0-4f89-41d3-9a0c-0305e82c3301")
                .containsEntry("ipv4_private", "192.168.10.5")
                .containsEntry("tags", List.of(Map.of("key", "role", "value", "worker")));
        assertThat(declared(openstack)).containsEntry("size", "m1.medium")
                .containsEntry("image", "c8b2f0e2-1111-4a2b-9c3d-0123456789ab");
        assertThat(List.of(azure, droplet, openstack).toString()).doesNotContain("tf-Azure-Password-Secret-66")
                .doesNotContain("tf-CustomData-Secret-22").doesNotContain("tf-Openstack-Pass-Secret-44");
    }

    @Test
    void volumesOfEveryCloud() {
        Map<String, Object> ebs = record("module.storage.module.disks.aws_ebs_volume.data");

        assertThat(ebs).containsEntry("unique_id", "vol-0d1e2f3a4b5c60001").containsEntry("name", "data-01")
                .containsEntry("size", 100).containsEntry("volume_type", "gp3").containsEntry("iops", 3000)
                .containsEntry("encrypted", "true").doesNotContainKey("kms_key_id");
        assertThat(declared(ebs)).isEqualTo(Map.of("size", 100, "tags", List.of(Map.of("key", "Name",
                "value", "data-01"))));
        assertThat(record("azurerm_managed_disk.logs")).containsEntry("name", "logs-01").containsEntry("size", 64)
                .containsEntry("storage_account_type", "Premium_LRS");
        assertThat(record("digitalocean_volume.edge_data")).containsEntry("unique_id",
                "506f78a4-e098-11e5-ad9f-000f53306ae1").containsEntry("size", 50);
        assertThat(record("openstack_blockstorage_volume_v3.scratch")).containsEntry("name", "scratch")
                .containsEntry("size", 20).containsEntry("volume_type", "ssd");
    }

    @Test
    void bucketsDatabasesAndLoadBalancersAreTheApplicationsAwsDiscoveryKeeps() {
        Map<String, Object> bucket = record("module.storage.aws_s3_bucket.this[\"logs\"]");
        Map<String, Object> database = record("module.db.aws_db_instance.main");
        Map<String, Object> balancer = record("aws_lb.front");

        assertThat(bucket).containsEntry("unique_id", "acme-logs").containsEntry("name", "acme-logs")
                .containsEntry("family", "ObjectStorage").containsEntry("provider", "S3 (AWS)")
                .containsEntry("own", 1).containsEntry("tags", List.of(Map.of("key", "purpose", "value", "logs")));
        assertThat(database).containsEntry("unique_id", "orders").containsEntry("family", "Database")
                .containsEntry("provider", "RDS (AWS)").containsEntry("engine", "postgres");
        assertThat(database.get("role")).isEqualTo(Map.of("class", "db.m6g.large", "dbname", "orders",
                "endpoint", "orders.abcdefghij.eu-west-1.rds.amazonaws.com", "port", 5432, "version", "15.4",
                "allocated_storage", 100, "storage_type", "gp3", "availability_zone", "eu-west-1a"));
        assertThat(declared(database)).containsEntry("size", "db.m6g.large");
        assertThat(balancer).containsEntry("unique_id", "front").containsEntry("family", "Loadbalance")
                .containsEntry("provider", "ELB (AWS)");
        assertThat(List.of(bucket, database, balancer).toString()).doesNotContain("tf-Db-Password-Secret-55")
                .doesNotContain("orders_admin");
    }
}
