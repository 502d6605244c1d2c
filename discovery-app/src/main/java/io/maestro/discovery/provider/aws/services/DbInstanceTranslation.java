package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsDocuments;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An RDS instance → a {@code Database} application (§4.3). Tags come from {@code TagList} and the creation time from
 * {@code InstanceCreateTime}, the members DescribeDBInstances really has (0.6 read {@code Tags} and
 * {@code CreatedTime}, which it never returns).
 */
final class DbInstanceTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "Database", "RDS (AWS)");

    private static final Set<String> INACTIVE_STATES = Set.of("stopping", "stopped", "failed", "deleting",
            "inaccessible-encryption-credentials", "incompatible-network");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String identifier = Payloads.text(item, "DBInstanceIdentifier");
        if (identifier == null) {
            return null;
        }
        Documents role = Documents.document()
                .put("dbname", Payloads.at(item, "DBName"))
                .put("endpoint", Payloads.at(item, "Endpoint.Address"))
                .put("port", Payloads.at(item, "Endpoint.Port"))
                .put("version", Payloads.at(item, "EngineVersion"))
                .put("allocated_storage", Payloads.at(item, "AllocatedStorage"))
                .put("backup_window", Payloads.at(item, "PreferredBackupWindow"))
                .put("backup_retention", Payloads.at(item, "BackupRetentionPeriod"))
                .put("security_group", Payloads.at(item, "DBSecurityGroups"))
                .put("class", Payloads.at(item, "DBInstanceClass"))
                .put("parameter", Payloads.at(item, "DBParameterGroups"))
                .put("vpc_security", Payloads.at(item, "VpcSecurityGroups"))
                .put("subnet_group", Payloads.at(item, "DBSubnetGroup"))
                .put("availability_zone", Payloads.at(item, "AvailabilityZone"))
                .put("secondary_availability_zone", Payloads.at(item, "SecondaryAvailabilityZone"))
                .put("read_replica", Payloads.at(item, "ReadReplicaDBClusterIdentifiers"))
                .put("read_replicas_identifier", Payloads.at(item, "ReadReplicaSourceDBInstanceIdentifier"))
                .put("read_replicas_dbnames", Payloads.at(item, "ReadReplicaDBInstanceIdentifiers"))
                .put("license_model", Payloads.at(item, "LicenseModel"))
                .put("iops", Payloads.at(item, "Iops"))
                .put("storage_type", Payloads.at(item, "StorageType"))
                .put("instance_port", Payloads.at(item, "DbInstancePort"))
                .put("cluster_name", Payloads.at(item, "DBClusterIdentifier"))
                .put("storage_encrypted", Payloads.at(item, "StorageEncrypted"))
                .put("domain", Payloads.at(item, "DomainMemberships"))
                .put("monitoring_interval", Payloads.at(item, "MonitoringInterval"))
                .put("instance_arn", Payloads.at(item, "DBInstanceArn"))
                .put("timezone", Payloads.at(item, "Timezone"))
                .put("cloudwatch_export", Payloads.at(item, "EnabledCloudwatchLogsExports"))
                .put("multi_az", Payloads.at(item, "MultiAZ"))
                .put("publicly_accessible", Payloads.at(item, "PubliclyAccessible"))
                .put("deletion_protection", Payloads.at(item, "DeletionProtection"));
        List<Map<String, Object>> statusInfos = Payloads.maps(item, "StatusInfos");
        Documents document = AwsApplications.application(TARGET, item, context)
                .put("name", identifier)
                .put("unique_id", identifier)
                .put("engine", Payloads.at(item, "Engine"))
                .put("role", role)
                .put("status", AwsDocuments.status(item, "DBInstanceStatus"))
                .put("read_status", statusInfos.isEmpty() ? null : statusInfos.get(0).get("Status"))
                .put("active", AwsDocuments.active(AwsDocuments.state(item, "DBInstanceStatus"), INACTIVE_STATES))
                .put("created_at", Payloads.at(item, "InstanceCreateTime"))
                .put("updated_at", Payloads.at(item, "InstanceCreateTime"));
        return AwsApplications.withTags(document, Payloads.maps(item, "TagList")).build();
    }
}
