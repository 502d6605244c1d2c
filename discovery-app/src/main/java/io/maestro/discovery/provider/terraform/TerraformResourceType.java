package io.maestro.discovery.provider.terraform;

import static io.maestro.discovery.provider.support.Documents.document;
import static io.maestro.discovery.provider.terraform.TerraformRecords.attributes;
import static io.maestro.discovery.provider.terraform.TerraformRecords.datacenter;
import static io.maestro.discovery.provider.terraform.TerraformRecords.declaration;
import static io.maestro.discovery.provider.terraform.TerraformRecords.number;
import static io.maestro.discovery.provider.terraform.TerraformRecords.tags;
import static io.maestro.discovery.provider.terraform.TerraformRecords.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The resource types a state is read for, each with its task and its translation. The record's {@code unique_id} is
 * the id the cloud's own provider gives the resource (an EC2 instance id, a bucket's name, an Azure resource id…), so
 * a resource in a state and found by a cloud connection is one record. Every translation writes {@code declared} with
 * the drift attributes: {@code size} (instance type, VM size, flavor; a disk's GB), {@code image}, {@code ipv4_private},
 * {@code tags}.
 */
enum TerraformResourceType {

    AWS_INSTANCE("aws_instance", TerraformTask.SERVERS, (item, context) -> {
        String zone = text(item, "availability_zone");
        List<Map<String, Object>> tags = tags(item, "tags");
        return server(item, context, text(item, "id"), TerraformRecords.tag(item, "name"))
                .put("ipv4_private", text(item, "private_ip"))
                .put("ipv4_public", text(item, "public_ip"))
                .put("dns_private", text(item, "private_dns"))
                .put("dns_public", text(item, "public_dns"))
                .put("tags", tags)
                .put("status", "running".equals(text(item, "instance_state")) ? "Active"
                        : "stopped".equals(text(item, "instance_state")) ? "Stopped" : null)
                .put("datacenters", datacenter(context, "AWS", TerraformRecords.awsRegion(zone), zone)
                        .put("type", "Virtual")
                        .put("instance", text(item, "instance_type"))
                        .put("instance_id", text(item, "id"))
                        .put("image_id", text(item, "ami"))
                        .put("subnet_id", text(item, "subnet_id")))
                .put("declared_in", List.of(declaration(item, context, document()
                        .put("size", text(item, "instance_type"))
                        .put("image", text(item, "ami"))
                        .put("ipv4_private", text(item, "private_ip"))
                        .put("tags", tags))));
    }),
    AZURE_LINUX_VM("azurerm_linux_virtual_machine", TerraformTask.SERVERS, (item, context) -> azureVm(item, context,
            "Linux")),
    AZURE_WINDOWS_VM("azurerm_windows_virtual_machine", TerraformTask.SERVERS, (item, context) -> azureVm(item, context,
            "Windows")),
    DIGITALOCEAN_DROPLET("digitalocean_droplet", TerraformTask.SERVERS, (item, context) -> {
        List<Map<String, Object>> tags = tags(item, "tags");
        Object memory = number(item, "memory");
        return server(item, context, text(item, "id"), text(item, "name"))
                .put("ipv4_private", text(item, "ipv4_address_private"))
                .put("ipv4_public", text(item, "ipv4_address"))
                .put("cpu", number(item, "vcpus"))
                .put("memory", memory instanceof Number megabytes ? megabytes.doubleValue() / 1024 : null)
                .put("tags", tags)
                .put("datacenters", datacenter(context, "DigitalOcean", text(item, "region"), null)
                        .put("type", "Virtual")
                        .put("instance", text(item, "size"))
                        .put("image_id", text(item, "image")))
                .put("declared_in", List.of(declaration(item, context, document()
                        .put("size", text(item, "size"))
                        .put("image", text(item, "image"))
                        .put("ipv4_private", text(item, "ipv4_address_private"))
                        .put("tags", tags))));
    }),
    OPENSTACK_INSTANCE("openstack_compute_instance_v2", TerraformTask.SERVERS, (item, context) -> {
        List<Map<String, Object>> tags = tags(item, "metadata");
        return server(item, context, text(item, "id"), text(item, "name"))
                .put("ipv4_private", text(item, "access_ip_v4"))
                .put("tags", tags)
                .put("datacenters", datacenter(context, "OpenStack", text(item, "region"),
                        text(item, "availability_zone"))
                        .put("type", "Virtual")
                        .put("instance", text(item, "flavor_name"))
                        .put("image_id", text(item, "image_id")))
                .put("declared_in", List.of(declaration(item, context, document()
                        .put("size", text(item, "flavor_name"))
                        .put("image", text(item, "image_id"))
                        .put("ipv4_private", text(item, "access_ip_v4"))
                        .put("tags", tags))));
    }),
    AWS_EBS_VOLUME("aws_ebs_volume", TerraformTask.VOLUMES, (item, context) -> {
        String zone = text(item, "availability_zone");
        return volume(item, context, TerraformRecords.tag(item, "name"), number(item, "size"),
                datacenter(context, "AWS", TerraformRecords.awsRegion(zone), zone), tags(item, "tags"))
                .put("volume_type", text(item, "type"))
                .put("iops", number(item, "iops"))
                .put("encrypted", text(item, "encrypted"))
                .put("kms_key_id", text(item, "kms_key_id"))
                .put("snapshot_id", text(item, "snapshot_id"));
    }),
    AZURE_MANAGED_DISK("azurerm_managed_disk", TerraformTask.VOLUMES, (item, context) ->
            volume(item, context, text(item, "name"), number(item, "disk_size_gb"),
                    datacenter(context, "Azure", text(item, "location"), null), tags(item, "tags"))
                    .put("storage_account_type", text(item, "storage_account_type"))
                    .put("create_option", text(item, "create_option"))),
    DIGITALOCEAN_VOLUME("digitalocean_volume", TerraformTask.VOLUMES, (item, context) ->
            volume(item, context, text(item, "name"), number(item, "size"),
                    datacenter(context, "DigitalOcean", text(item, "region"), null), tags(item, "tags"))
                    .put("volume_type", text(item, "initial_filesystem_type"))),
    OPENSTACK_VOLUME("openstack_blockstorage_volume_v3", TerraformTask.VOLUMES, (item, context) ->
            volume(item, context, text(item, "name"), number(item, "size"),
                    datacenter(context, "OpenStack", text(item, "region"), text(item, "availability_zone")),
                    tags(item, "metadata"))
                    .put("volume_type", text(item, "volume_type"))),
    AWS_S3_BUCKET("aws_s3_bucket", TerraformTask.BUCKETS, (item, context) -> {
        String bucket = text(item, "bucket");
        return application(item, context, bucket, text(item, "region"))
                .put("role", document().put("arn", text(item, "arn")).put("region", text(item, "region")));
    }),
    AWS_DB_INSTANCE("aws_db_instance", TerraformTask.DATABASES, (item, context) -> {
        String identifier = text(item, "identifier");
        return application(item, context, identifier, TerraformRecords.awsRegion(text(item, "availability_zone")))
                .put("engine", text(item, "engine"))
                .put("role", document()
                        .put("class", text(item, "instance_class"))
                        .put("dbname", text(item, "db_name"))
                        .put("endpoint", text(item, "address"))
                        .put("port", number(item, "port"))
                        .put("version", text(item, "engine_version"))
                        .put("allocated_storage", number(item, "allocated_storage"))
                        .put("storage_type", text(item, "storage_type"))
                        .put("availability_zone", text(item, "availability_zone")))
                .put("declared_in", List.of(declaration(item, context, document()
                        .put("size", text(item, "instance_class"))
                        .put("tags", tags(item, "tags")))));
    }),
    AWS_LB("aws_lb", TerraformTask.LOAD_BALANCERS, (item, context) ->
            application(item, context, text(item, "name"), null)
                    .put("role", document()
                            .put("endpoint", text(item, "dns_name"))
                            .put("arn", text(item, "arn"))
                            .put("vpc_id", text(item, "vpc_id"))
                            .put("type", text(item, "load_balancer_type"))));

    private final String type;
    private final TerraformTask task;
    private final BiFunction<Map<String, Object>, TranslationContext, Documents> translation;

    TerraformResourceType(String type, TerraformTask task,
            BiFunction<Map<String, Object>, TranslationContext, Documents> translation) {
        this.type = type;
        this.task = task;
        this.translation = translation;
    }

    static Optional<TerraformResourceType> of(String type) {
        return Arrays.stream(values()).filter(known -> known.type.equals(type)).findFirst();
    }

    TerraformTask task() {
        return task;
    }

    /** The record of one resource instance, or {@code null} when the state does not give it its cloud id. */
    Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        Documents record = translation.apply(item, context);
        Map<String, Object> built = record.build();
        if (built.get("unique_id") == null) {
            return null;
        }
        return TerraformRecords.record(record, item);
    }

    private static Documents server(Map<String, Object> item, TranslationContext context, String id, String name) {
        return document()
                .put("unique_id", id)
                .put("name", name == null ? (id == null ? String.valueOf(item.get("address")) : id) : name)
                .put("status", "Active")
                .put("metas", document().put("terraform_address", item.get("address")));
    }

    private static Documents azureVm(Map<String, Object> item, TranslationContext context, String system) {
        List<Map<String, Object>> tags = tags(item, "tags");
        String image = text(item, "source_image_id");
        if (image == null) {
            image = Payloads.maps(attributes(item), "source_image_reference").stream().findFirst()
                    .map(reference -> reference.get("publisher") + ":" + reference.get("offer") + ":"
                            + reference.get("sku") + ":" + reference.get("version"))
                    .orElse(null);
        }
        return server(item, context, text(item, "id"), text(item, "name"))
                .put("ipv4_private", text(item, "private_ip_address"))
                .put("ipv4_public", text(item, "public_ip_address"))
                .put("os", document().put("base", system))
                .put("tags", tags)
                .put("datacenters", datacenter(context, "Azure", text(item, "location"), text(item, "zone"))
                        .put("type", "Virtual")
                        .put("instance", text(item, "size"))
                        .put("image_id", image))
                .put("declared_in", List.of(declaration(item, context, document()
                        .put("size", text(item, "size"))
                        .put("image", image)
                        .put("ipv4_private", text(item, "private_ip_address"))
                        .put("tags", tags))));
    }

    private static Documents volume(Map<String, Object> item, TranslationContext context, String name, Object size,
            Documents datacenters, List<Map<String, Object>> tags) {
        String id = text(item, "id");
        return document()
                .put("unique_id", id)
                .put("name", name == null ? id : name)
                .put("size", size)
                .put("status", "Active")
                .put("datacenters", datacenters)
                .put("declared_in", List.of(declaration(item, context, document()
                        .put("size", size)
                        .put("tags", tags))));
    }

    private static Documents application(Map<String, Object> item, TranslationContext context, String name,
            String region) {
        TerraformResourceType type = of(String.valueOf(item.get("type"))).orElseThrow();
        List<Map<String, Object>> tags = tags(item, "tags");
        return document()
                .put("unique_id", name)
                .put("name", name)
                .put("family", type.task.target().family())
                .put("provider", type.task.target().provider())
                .put("own", 1)
                .put("tags", tags)
                .put("datacenters", datacenter(context, "AWS", region, null))
                .put("declared_in", List.of(declaration(item, context, document().put("tags", tags))));
    }
}
