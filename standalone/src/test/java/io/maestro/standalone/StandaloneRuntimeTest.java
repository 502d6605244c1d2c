package io.maestro.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One boot and one restart of the whole runtime, on ports clear of a running Maestro and of ephemeral ports. */
class StandaloneRuntimeTest {

    /** Services on 21000-26900; store and broker on free ports. */
    private static final int PORT_OFFSET = 16000;

    @TempDir
    Path data;

    @Test
    void bootsAllTenServicesAndKeepsDataAndSecretsAcrossARestart() throws Exception {
        StandaloneSettings settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        Path secretsFile = data.resolve("secrets.env");
        String secretsBefore;

        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            assertEveryServiceAnswersWithItsName(runtime);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretsFile))).isEqualTo("rw-------");
            secretsBefore = Files.readString(secretsFile);
            assertThat(secretsBefore).contains(SecretsFile.NAMES);
            try (MongoClient client = MongoClients.create(runtime.store().connectionString())) {
                probeCollection(client).insertOne(new Document("_id", "before-restart").append("name", "web-1"));
            }
        }

        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            assertEveryServiceAnswersWithItsName(runtime);
            assertThat(Files.readString(secretsFile)).as("secrets are generated once and reused").isEqualTo(secretsBefore);
            try (MongoClient client = MongoClients.create(runtime.store().connectionString())) {
                Document kept = probeCollection(client).find(new Document("_id", "before-restart")).first();
                assertThat(kept).as("a document written before the restart").isNotNull();
                assertThat(kept.getString("name")).isEqualTo("web-1");
            }
        }
    }

    private static void assertEveryServiceAnswersWithItsName(StandaloneRuntime runtime) {
        Map<MaestroService, String> answers = runtime.probe();
        for (MaestroService service : MaestroService.values()) {
            assertThat(answers.get(service)).as("GET / of %s", service.appName()).isEqualTo(service.appName());
        }
    }

    private static MongoCollection<Document> probeCollection(MongoClient client) {
        return client.getDatabase("maestro-client").getCollection("standalone_restart_probe");
    }
}
