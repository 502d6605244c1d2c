package io.maestro.server.store.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The seed data is in the inventory database once server-app has started, and a second run changes nothing. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class SeedDataStartupTest {

    private static final List<String> ADMINER_KEYS = List.of("server_options", "datacenter_options",
            "application_options", "system_options", "clients_options", "services_options", "env_options",
            "database_options", "connections", "scheduler_options", "reports_options", "status_volume_options",
            "deps_options", "ia_options");

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private SeedRunner runner;

    @Autowired
    private SeedCatalog catalog;

    @Test
    void everyAdminerDocumentIsSeededOnceAndActive() {
        List<Document> adminer = mongo.findAll(Document.class, "adminer");
        assertThat(adminer).extracting(document -> document.getString("key"))
                .containsExactlyInAnyOrderElementsOf(ADMINER_KEYS);
        assertThat(adminer).allSatisfy(document -> {
            assertThat(document.getBoolean("active")).isTrue();
            assertThat(document.get("created_at")).isInstanceOf(Date.class);
            assertThat(document.get("updated_at")).isInstanceOf(Date.class);
            assertThat(document.getString("seeded_checksum")).hasSize(64);
        });
    }

    @Test
    void datacenterOptionsCarryTheAwsRegionsWithTheirZones() {
        Document value = adminer("datacenter_options");
        List<Document> aws = value.get("baser", Document.class).getList("AWS", Document.class);
        assertThat(aws).extracting(region -> region.getString("region")).containsExactly(
                "us-east-1 (N. Virginia)", "us-east-2 (Ohio)", "us-west-1 (California)", "us-west-2 (Oregon)",
                "ca-central-1 (Central)", "eu-west-1 (Ireland)", "eu-central-1 (Frankfurt)", "eu-west-2 (London)",
                "ap-northeast-1 (Tokyo)", "ap-northeast-2 (Seoul)", "ap-southeast-1 (Singapore)",
                "ap-southeast-2 (Sydney)", "ap-south-1 (Mumbai)", "sa-east-1 (São Paulo)");
        assertThat(aws.get(0).getList("zones", String.class))
                .containsExactly("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f");
        assertThat(value.get("baser", Document.class).getList("Azure", Document.class)).hasSize(33);
        assertThat(value.getList("provider", String.class)).hasSize(12).startsWith("AWS", "OpenStack", "Azure");
    }

    @Test
    void schedulerOptionsGiveEachConnectionTaskItsDefaultWindow() {
        Document connections = adminer("scheduler_options").getList("configs", Document.class).get(0);
        Document options = connections.get("options", Document.class);
        assertThat(connections.getString("url")).isEqualTo("crawler/<provider>/<_id>/<task>");
        assertThat(options.get("server-list", Document.class))
                .isEqualTo(new Document("every", 5).append("period", "minutes"));
        assertThat(options.get("snapshot-list", Document.class))
                .isEqualTo(new Document("every", 14).append("period", "days"));
        assertThat(options).hasSize(23);
    }

    @Test
    void servicesCatalogueIsSeededByName() {
        // Other test classes in this JVM add services of their own: count what the seeder wrote.
        assertThat(mongo.count(Query.query(Criteria.where("seeded_checksum").exists(true)), "services")).isEqualTo(334);
        Document elb = mongo.findOne(Query.query(Criteria.where("name").is("ELB (AWS)")), Document.class, "services");
        assertThat(elb.getList("family", String.class)).containsExactly("Loadbalance");
        assertThat(elb.getList("tags", String.class)).containsExactly("aws");
        assertThat(elb.getBoolean("owner")).isTrue();
        Document redis = mongo.findOne(Query.query(Criteria.where("name").is("Redis")), Document.class, "services");
        assertThat(redis.getList("family", String.class)).containsExactly("Cache", "Database");
    }

    @Test
    void publicFlavorsCarryTheEc2RdsAndAzurePriceLists() {
        assertThat(mongo.count(Query.query(Criteria.where("provider").is("AWS")), "flavors-public")).isEqualTo(144);
        assertThat(mongo.count(Query.query(Criteria.where("provider").is("RDS")), "flavors-public")).isEqualTo(92);
        assertThat(mongo.count(Query.query(Criteria.where("provider").is("Azure")), "flavors-public")).isEqualTo(145);
        Document small = mongo.findOne(Query.query(Criteria.where("provider").is("AWS").and("api_name").is("m1.small")),
                Document.class, "flavors-public");
        assertThat(small.getString("name")).isEqualTo("M1 General Purpose Small");
        assertThat(small.getString("memory")).isEqualTo("1.7 GiB");
        assertThat(small.getString("vcpus")).isEqualTo("1 vCPUs");
        assertThat(small.getString("linux_on_demand_cost")).isEqualTo("$0.044000 hourly");
        Document m5 = mongo.findOne(Query.query(Criteria.where("api_name").is("m5.xlarge")), Document.class,
                "flavors-public");
        assertThat(m5.getString("windows_on_demand_cost")).isEqualTo("$0.376000 hourly");
        assertThat(m5.get("clock_speed_ghz")).isEqualTo(2.5);
        Document rds = mongo.findOne(Query.query(Criteria.where("provider").is("RDS").and("api_name").is("db.t3.micro")),
                Document.class, "flavors-public");
        assertThat(rds.getString("mysql_on_demand_cost")).isEqualTo("$0.017000 hourly");
        Document azure = mongo.findOne(Query.query(Criteria.where("provider").is("Azure").and("name").is("Standard_D2s_v3")
                .and("region").is("East US")), Document.class, "flavors-public");
        assertThat(azure.getString("size")).isEqualTo("Standard_D2s_v3");
        assertThat(azure.get("vcpu")).isEqualTo(2);
        assertThat(azure.get("memory_gib")).isEqualTo(8);
        assertThat(azure.getString("pricing_linux_hour")).isEqualTo("$0.096");
    }

    @Test
    void everySetIsRecordedInMigrationsWithItsChecksum() {
        Map<String, String> recorded = mongo.findAll(Document.class, SeedApplier.MIGRATIONS).stream()
                .collect(Collectors.toMap(record -> record.getString("_id"), record -> record.getString("checksum")));
        assertThat(recorded).containsAllEntriesOf(catalog.sets().stream()
                .collect(Collectors.toMap(SeedSet::name, SeedSet::checksum)));
    }

    @Test
    void aSecondRunChangesNothing() {
        Map<String, Long> countsBefore = counts();
        Map<Object, Object> updatedAtBefore = updatedAtById();

        List<SeedOutcome> outcomes = runner.seed();

        assertThat(outcomes).extracting(SeedOutcome::status).containsOnly(SeedOutcome.Status.ALREADY_APPLIED);
        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(updatedAtById()).isEqualTo(updatedAtBefore);
    }

    private Document adminer(String key) {
        return mongo.findOne(Query.query(Criteria.where("key").is(key)), Document.class, "adminer")
                .get("value", Document.class);
    }

    private Map<String, Long> counts() {
        return catalog.sets().stream().map(SeedSet::collection).distinct()
                .collect(Collectors.toMap(collection -> collection, collection -> mongo.count(new Query(), collection)));
    }

    private Map<Object, Object> updatedAtById() {
        return catalog.sets().stream().map(SeedSet::collection).distinct()
                .flatMap(collection -> mongo.findAll(Document.class, collection).stream())
                .collect(Collectors.toMap(document -> document.get("_id"), document -> document.get("updated_at")));
    }
}
