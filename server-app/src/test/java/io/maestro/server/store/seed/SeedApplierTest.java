package io.maestro.server.store.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Versioning rules of the seeder, against the in-process Mongo server, one fresh database per test. */
class SeedApplierTest {

    private static final Instant FIRST_START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant LATER_START = Instant.parse("2024-02-01T00:00:00Z");

    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(MaestroTestEnvironment.mongoUri());
        mongo = new MongoTemplate(client, "seed-" + UUID.randomUUID());
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void firstRunInsertsWithBookkeepingAndRecordsTheVersion() {
        SeedSet options = options("""
                {"key": "server_options", "value": {"os": ["Linux", "Windows"]}},
                {"key": "clients_options", "value": {"channels": ["Email"]}}""");

        SeedOutcome outcome = applierAt(FIRST_START).apply(options);

        assertThat(outcome).isEqualTo(new SeedOutcome("adminer/test", SeedOutcome.Status.APPLIED, 2, 0, 0, 0));
        Document server = adminer("server_options");
        assertThat(server.get("value", Document.class).getList("os", String.class)).containsExactly("Linux", "Windows");
        assertThat(server.getBoolean("active")).isTrue();
        assertThat(server.getDate("created_at")).isEqualTo(Date.from(FIRST_START));
        assertThat(server.getDate("updated_at")).isEqualTo(Date.from(FIRST_START));
        Document record = mongo.findById("adminer/test", Document.class, SeedApplier.MIGRATIONS);
        assertThat(record.getString("checksum")).isEqualTo(options.checksum());
        assertThat(record.getString("state")).isEqualTo(SeedApplier.STATE_APPLIED);
        assertThat(record.getDate("applied_at")).isEqualTo(Date.from(FIRST_START));
    }

    @Test
    void anUnchangedVersionIsNotAppliedAgain() {
        SeedSet options = options("""
                {"key": "server_options", "value": {"os": ["Linux"]}}""");
        applierAt(FIRST_START).apply(options);

        SeedOutcome again = applierAt(LATER_START).apply(options);

        assertThat(again.status()).isEqualTo(SeedOutcome.Status.ALREADY_APPLIED);
        assertThat(adminer("server_options").getDate("updated_at")).isEqualTo(Date.from(FIRST_START));
        assertThat(mongo.count(new Query(), "adminer")).isEqualTo(1);
    }

    @Test
    void aNewVersionUpdatesUntouchedDocumentsAndKeepsAdministratorEdits() {
        applierAt(FIRST_START).apply(options("""
                {"key": "server_options", "value": {"os": ["Linux"]}},
                {"key": "clients_options", "value": {"channels": ["Email"]}},
                {"key": "env_options", "value": {"size": ["nano"]}}"""));
        mongo.updateFirst(Query.query(Criteria.where("key").is("server_options")),
                new Update().set("value.os", List.of("Linux", "Plan9")).set("updated_at", new Date()), "adminer");

        SeedOutcome outcome = applierAt(LATER_START).apply(options("""
                {"key": "server_options", "value": {"os": ["Linux", "Windows"]}},
                {"key": "clients_options", "value": {"channels": ["Email", "Zoom"]}},
                {"key": "env_options", "value": {"size": ["nano"]}},
                {"key": "ia_options", "value": {"ia_type": ["bot"]}}"""));

        assertThat(outcome).isEqualTo(new SeedOutcome("adminer/test", SeedOutcome.Status.APPLIED, 1, 1, 1, 1));
        assertThat(adminer("server_options").get("value", Document.class).getList("os", String.class))
                .containsExactly("Linux", "Plan9");
        Document clients = adminer("clients_options");
        assertThat(clients.get("value", Document.class).getList("channels", String.class))
                .containsExactly("Email", "Zoom");
        assertThat(clients.getDate("created_at")).isEqualTo(Date.from(FIRST_START));
        assertThat(clients.getDate("updated_at")).isEqualTo(Date.from(LATER_START));
        assertThat(adminer("env_options").getDate("updated_at")).isEqualTo(Date.from(FIRST_START));
        assertThat(adminer("ia_options").getDate("created_at")).isEqualTo(Date.from(LATER_START));
    }

    @Test
    void aSoftDeletedDocumentStaysDeletedWhenItsContentIsUpdated() {
        applierAt(FIRST_START).apply(options("""
                {"key": "clients_options", "value": {"channels": ["Email"]}}"""));
        mongo.updateFirst(Query.query(Criteria.where("key").is("clients_options")),
                Update.update("active", false), "adminer");

        applierAt(LATER_START).apply(options("""
                {"key": "clients_options", "value": {"channels": ["Email", "Zoom"]}}"""));

        Document clients = adminer("clients_options");
        assertThat(clients.getBoolean("active")).isFalse();
        assertThat(clients.get("value", Document.class).getList("channels", String.class))
                .containsExactly("Email", "Zoom");
    }

    @Test
    void aDocumentCreatedByHandBeforeSeedingIsKept() {
        mongo.insert(new Document("name", "Kafka").append("family", List.of("Queue")), "services");

        SeedOutcome outcome = applierAt(FIRST_START).apply(SeedCatalog.parse("services/test", """
                {"collection": "services", "natural_key": ["name"], "documents": [
                  {"name": "Kafka", "family": ["Broker"], "tags": ["oss"], "owner": false}]}"""
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome.keptEdited()).isEqualTo(1);
        assertThat(mongo.findOne(Query.query(Criteria.where("name").is("Kafka")), Document.class, "services")
                .getList("family", String.class)).containsExactly("Queue");
    }

    @Test
    void aVersionBeingAppliedByAnotherInstanceIsLeftToIt() {
        SeedSet options = options("""
                {"key": "server_options", "value": {"os": ["Linux"]}}""");
        mongo.insert(new Document("_id", "adminer/test").append("checksum", options.checksum())
                .append("state", SeedApplier.STATE_APPLYING).append("claimed_at", Date.from(FIRST_START)),
                SeedApplier.MIGRATIONS);

        SeedOutcome fresh = applierAt(FIRST_START.plusSeconds(60)).apply(options);
        SeedOutcome stale = applierAt(FIRST_START.plus(SeedApplier.STALE_CLAIM).plusSeconds(1)).apply(options);

        assertThat(fresh.status()).isEqualTo(SeedOutcome.Status.CLAIMED_ELSEWHERE);
        assertThat(stale.status()).isEqualTo(SeedOutcome.Status.APPLIED);
        assertThat(mongo.count(new Query(), "adminer")).isEqualTo(1);
    }

    @Test
    void seedFilesMustNotRepeatANaturalKeyNorCarryBookkeepingFields() {
        assertThatThrownBy(() -> options("""
                {"key": "server_options", "value": 1}, {"key": "server_options", "value": 2}"""))
                .hasMessageContaining("duplicate natural key");
        assertThatThrownBy(() -> options("""
                {"key": "server_options", "value": 1, "active": false}"""))
                .hasMessageContaining("active is set by the seeder");
    }

    @Test
    void numbersCompareByValueInFingerprints() {
        assertThat(ContentFingerprint.of(new Document("every", 5)))
                .isEqualTo(ContentFingerprint.of(new Document("every", 5.0)))
                .isEqualTo(ContentFingerprint.of(new Document("every", 5L)))
                .isNotEqualTo(ContentFingerprint.of(new Document("every", "5")));
    }

    private SeedApplier applierAt(Instant instant) {
        return new SeedApplier(mongo, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static SeedSet options(String documents) {
        String file = "{\"collection\": \"adminer\", \"natural_key\": [\"key\"], \"documents\": [" + documents + "]}";
        return SeedCatalog.parse("adminer/test", file.getBytes(StandardCharsets.UTF_8));
    }

    private Document adminer(String key) {
        return mongo.findOne(Query.query(Criteria.where("key").is(key)), Document.class, "adminer");
    }
}
