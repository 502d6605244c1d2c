package io.maestro.discovery.provider.aws.compute;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** An EC2 instance → a {@code servers} document (§4.3 "EC2 instance → server"), identified by its instance id (D1). */
public final class InstanceTranslation implements ProviderCommand.ItemTranslation {

    private static final Map<String, String> STATUS = Map.of(
            "running", "Active", "pending", "Active", "stopping", "Stopped", "stopped", "Stopped");
    private static final Set<String> INACTIVE = Set.of("shutting-down", "terminated");
    /** The leading number of a public flavor's {@code vcpus} ("2 vCPUs") or {@code memory} ("1.7 GiB"). */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)");

    @Override
    public Map<String, Object> translate(Map<String, Object> instance, TranslationContext context) {
        String instanceId = text(instance, "InstanceId");
        if (instanceId == null) {
            return null;
        }
        String name = AwsDocuments.tag(instance, "name");
        String state = AwsDocuments.state(instance, "State.Name");
        String keyName = text(instance, "KeyName");
        Documents server = Documents.document()
                .put("name", name == null ? instanceId : name)
                .put("unique_id", instanceId)
                .put("role", AwsDocuments.tag(instance, "role"))
                .put("environment", AwsDocuments.tag(instance, "environment"))
                .put("created_at", text(instance, "LaunchTime"))
                .put("updated_at", text(instance, "LaunchTime"))
                .put("ipv4_private", text(instance, "PrivateIpAddress"))
                .put("ipv4_public", text(instance, "PublicIpAddress"))
                .put("dns_public", text(instance, "PublicDnsName"))
                .put("dns_private", text(instance, "PrivateDnsName"))
                .put("storage", storage(instance))
                .put("auth", keyName == null || keyName.isEmpty()
                        ? null : List.of(Map.of("name", keyName, "type", "PKI")))
                .put("tags", AwsDocuments.tags(instance))
                .put("ebs_optimized", at(instance, "EbsOptimized"))
                .put("applications", applications(instance, context))
                .put("status", state == null ? null : STATUS.get(state))
                .put("active", AwsDocuments.active(state, INACTIVE))
                .put("metas", Documents.document()
                        .put("security_groups", at(instance, "SecurityGroups"))
                        .put("iam_instance_profile", at(instance, "IamInstanceProfile")))
                .put("datacenters", datacenter(instance, context));
        size(instance, context).ifPresent(size -> server.put("cpu", size.vcpus()).put("memory", size.memoryGib()));
        return server.put("checksum", Checksums.of(instance)).build();
    }

    /** 0.6's {@code fctDc}, the {@code datacenters} of an EC2 instance: where it runs and on what. */
    private static Documents datacenter(Map<String, Object> instance, TranslationContext context) {
        return Documents.datacenter(context)
                .put("zone", text(instance, "Placement.AvailabilityZone"))
                .put("type", "Virtual")
                .put("instance", text(instance, "InstanceType"))
                .put("instance_id", text(instance, "InstanceId"))
                .put("subnet_id", text(instance, "SubnetId"))
                .put("virtualization_type", text(instance, "VirtualizationType"))
                .put("hypervisor", text(instance, "Hypervisor"))
                .put("root_device_type", text(instance, "RootDeviceType"))
                .put("image_id", text(instance, "ImageId"))
                .put("architecture", text(instance, "Architecture"))
                .put("state_reason", at(instance, "StateReason"))
                .put("cloudwatch_monitoring", text(instance, "Monitoring.State"));
    }

    /** 0.6's {@code fctStorage}: the EBS volumes attached to the instance. */
    private static List<Map<String, Object>> storage(Map<String, Object> instance) {
        List<Map<String, Object>> storage = new ArrayList<>();
        for (Map<String, Object> mapping : maps(instance, "BlockDeviceMappings")) {
            storage.add(Documents.document()
                    .put("device_name", text(mapping, "DeviceName"))
                    .put("delete_termination", at(mapping, "Ebs.DeleteOnTermination"))
                    .put("unique_id", text(mapping, "Ebs.VolumeId"))
                    .put("attach_time", text(mapping, "Ebs.AttachTime"))
                    .put("status", text(mapping, "Ebs.Status"))
                    .build());
        }
        return storage;
    }

    /**
     * 0.6's {@code SyncForeignEntityByTag}: the applications named in tag {@code applications} or whose ids are in tag
     * {@code applications_id} (comma-separated), among the connection owner's own (compatibility.md S11).
     */
    private static List<Map<String, Object>> applications(Map<String, Object> instance, TranslationContext context) {
        List<Map<String, Object>> tags = maps(instance, "Tags");
        List<String> references = Stream.concat(
                        Tags.references(tags, "applications").stream(),
                        Tags.references(tags, "applications_id").stream())
                .distinct()
                .toList();
        return references.isEmpty() ? List.of() : context.lookups().ownerApplications(references);
    }

    /** vCPUs and memory in GiB. */
    private record Size(int vcpus, double memoryGib) {
    }

    /**
     * The instance type's size as EC2 states it ({@link InstancesWithSizesGet#SIZE}), else as the public flavor whose
     * {@code api_name} is the type says it (both or neither: {@code "N/A vCPUs"} gives neither).
     */
    private static Optional<Size> size(Map<String, Object> instance, TranslationContext context) {
        if (at(instance, InstancesWithSizesGet.SIZE + ".VCpuInfo.DefaultVCpus") instanceof Number vcpus
                && at(instance, InstancesWithSizesGet.SIZE + ".MemoryInfo.SizeInMiB") instanceof Number mebibytes) {
            return Optional.of(new Size(vcpus.intValue(), mebibytes.doubleValue() / 1024));
        }
        String instanceType = text(instance, "InstanceType");
        return instanceType == null ? Optional.empty() : context.lookups().publicFlavor(instanceType).flatMap(flavor -> {
            Optional<Double> vcpus = leadingNumber(flavor.get("vcpus"));
            Optional<Double> memory = leadingNumber(flavor.get("memory"));
            return vcpus.isPresent() && memory.isPresent()
                    ? Optional.of(new Size(vcpus.get().intValue(), memory.get())) : Optional.empty();
        });
    }

    private static Optional<Double> leadingNumber(Object value) {
        if (value instanceof Number number) {
            return Optional.of(number.doubleValue());
        }
        Matcher matcher = value == null ? null : LEADING_NUMBER.matcher(String.valueOf(value));
        return matcher != null && matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }
}
