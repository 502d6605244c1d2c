package io.maestro.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose.yml and docker-compose.scale.yml against the Compose Specification schema, and what the schema cannot
 * see: dependencies that exist, health checks, restart policies, and every service's environment against the
 * README's configuration tables (the 0.6 names; a misspelt or misplaced variable fails here).
 */
class ComposeFileTest {

    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]*}");
    private static final Pattern PEER_URI = Pattern.compile("MAESTRO_[A-Z_]+_URI");
    private static final Set<String> RESTART_POLICIES = Set.of("no", "always", "on-failure", "unless-stopped");
    private static final Set<String> STORES = Set.of("MAESTRO_MONGO_URI", "CELERY_BROKER_URL");

    private static DocumentedVariables documented;
    private static Map<String, String> secrets;
    private static ComposeFile compose;

    @BeforeAll
    static void load(@TempDir Path directory) throws Exception {
        documented = DocumentedVariables.fromReadme(Repository.file("README.md"));
        Path env = directory.resolve(".env");
        secrets = EnvFile.generate(env);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(env))).isEqualTo("rw-------");
        compose = ComposeFile.interpolated(Repository.file("docker-compose.yml"), secrets);
    }

    @Test
    void bothFilesFollowTheComposeSpecification() throws Exception {
        JsonSchema schema;
        try (InputStream json = getClass().getResourceAsStream("/compose-spec.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(json);
        }
        ObjectMapper mapper = new ObjectMapper();
        for (String file : new String[] {"docker-compose.yml", "docker-compose.scale.yml"}) {
            JsonNode document = mapper.valueToTree(ComposeFile.raw(Repository.file(file)).document());
            Set<ValidationMessage> errors = schema.validate(document);
            assertThat(errors).as(file).isEmpty();
        }
    }

    @Test
    void everyServiceIsCheckedRestartedAndWaitsOnlyForServicesThatExist() throws Exception {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>(compose.services());
        ComposeFile.raw(Repository.file("docker-compose.scale.yml")).services()
                .forEach((name, overrides) -> services.merge(name, overrides, (base, scale) -> {
                    Map<String, Object> merged = new LinkedHashMap<>(base);
                    merged.putAll(scale);
                    return merged;
                }));
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            String name = service.getKey();
            Map<String, Object> definition = service.getValue();
            assertThat(ComposeFile.map(definition.get("healthcheck"))).as(name + " healthcheck").containsKey("test");
            assertThat(definition.get("restart")).as(name + " restart").isIn(RESTART_POLICIES);
            Map<String, Object> dependencies = ComposeFile.map(definition.get("depends_on"));
            assertThat(services.keySet()).as(name + " depends_on").containsAll(dependencies.keySet());
            dependencies.values().forEach(condition -> assertThat(ComposeFile.map(condition))
                    .as(name + " depends_on").containsEntry("condition", "service_healthy"));
        }
        for (Service service : Service.values()) {
            assertThat(ComposeFile.map(services.get(service.module()).get("deploy")))
                    .as(service.module() + " in docker-compose.scale.yml").containsEntry("replicas", 2);
        }
        assertThat(compose.services()).containsKeys("mongodb", "rabbitmq");
        assertThat(compose.service("mongodb").get("image").toString()).startsWith("mongo:7");
        assertThat(compose.service("rabbitmq").get("image").toString()).startsWith("rabbitmq:3").endsWith("-management");
        assertThat(ComposeFile.map(compose.document().get("volumes"))).containsKeys("mongodb-data", "rabbitmq-data", "uploads");
        assertThat(compose.publishedPorts("client-app")).containsEntry(80, Service.CLIENT.port());
    }

    @Test
    void eachServiceGetsTheDocumentedVariablesItReadsAndNoOthers() {
        for (Service service : Service.values()) {
            Map<String, String> environment = compose.environment(service.module());
            Set<String> undocumented = environment.keySet().stream()
                    .filter(name -> !documented.isReadBy(name, service)).collect(Collectors.toCollection(TreeSet::new));
            assertThat(undocumented).as(service.module() + ": variables the README does not say it reads").isEmpty();

            Set<String> needed = documented.readBy(service).stream()
                    .filter(name -> documented.secrets().contains(name) || STORES.contains(name)
                            || PEER_URI.matcher(name).matches() || name.equals("MAESTRO_PORT"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(environment.keySet()).as(service.module() + ": its secrets, store, broker and peers").containsAll(needed);
            assertThat(environment).as(service.module()).containsEntry("MAESTRO_PORT", String.valueOf(service.port()));
        }
    }

    @Test
    void peersAreAddressedByServiceNameAndPort() {
        Pattern address = Pattern.compile("http://([a-z-]+):(\\d+)");
        for (Service service : Service.values()) {
            compose.environment(service.module()).forEach((name, value) -> {
                if (PEER_URI.matcher(name).matches() && !STORES.contains(name)) {
                    Matcher uri = address.matcher(value);
                    assertThat(uri.matches()).as(service.module() + " " + name + "=" + value).isTrue();
                    assertThat(compose.environment(uri.group(1))).as(service.module() + " " + name)
                            .containsEntry("MAESTRO_PORT", uri.group(2));
                }
            });
        }
    }

    @Test
    void everySecretComesFromTheGeneratedEnvFileAndHasNoDefault() throws Exception {
        String raw = Files.readString(Repository.file("docker-compose.yml"));
        Set<String> required = new TreeSet<>(REQUIRED.matcher(raw).results().map(match -> match.group(1)).toList());
        assertThat(required).containsAll(documented.secrets());
        assertThat(secrets.keySet()).as("what deploy/secrets.sh writes").containsAll(required);
        for (String secret : documented.secrets()) {
            assertThat(raw).as(secret + " never has a default").doesNotContainPattern("\\$\\{" + secret + ":?-");
            assertThat(secrets.get(secret)).as(secret).matches("[A-Za-z0-9_-]{64}");
        }
        Set<String> distinct = new HashSet<>();
        documented.secrets().forEach(secret -> assertThat(distinct.add(secrets.get(secret))).as(secret + " is its own").isTrue());
        assertThat(secrets.get("CELERY_BROKER_URL")).isEqualTo("amqp://maestro:" + secrets.get("RABBITMQ_PASSWORD") + "@rabbitmq:5672/maestro");
    }

    @Test
    void imagesAreBuiltFromTheirOwnModule() {
        for (Service service : Service.values()) {
            Map<String, Object> definition = compose.service(service.module());
            assertThat(definition.get("image").toString()).matches("maestro/" + service.module() + ":[0-9][^:]*");
            Map<String, Object> build = ComposeFile.map(definition.get("build"));
            if (service == Service.CLIENT) {
                assertThat(build).containsEntry("dockerfile", "deploy/dashboard.Dockerfile");
            } else {
                assertThat(build).containsEntry("dockerfile", "deploy/Dockerfile");
                assertThat(ComposeFile.map(build.get("args")))
                        .containsEntry("MODULE", service.module()).containsEntry("PORT", String.valueOf(service.port()));
            }
        }
    }
}
