package io.maestro.discovery.provider.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.discovery.DiscoveryApplication;
import io.maestro.discovery.domain.ProviderCatalogue;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.azure.RecordedAzureSessions;
import io.maestro.discovery.provider.support.RecordedPages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provider contract: every {@link DiscoveryProvider} bean of discovery-app, as the application wires it, offers a
 * catalogue entry matching what it serves, the §4.2 task list, its credentials in the sealed {@code conn} with the
 * secret ones masked in the wizard and in its failures, and turns a recorded run into valid records of each command's
 * entity ({@link io.maestro.common.inventory.schema.DiscoveredRecordSchema}).
 */
@MaestroApiTest(classes = DiscoveryApplication.class,
        properties = {"spring.config.name=discovery-app", "maestro.discovery.queue=discovery-contract-test",
                "maestro.messaging.queues=discovery-contract-test"})
@Import(RecordedAzureSessions.class)
class DiscoveryProviderContractTest {

    private static final WireMockServer SERVER_APP = startServerApp();
    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

    @Autowired
    List<DiscoveryProvider> providers;

    @Autowired
    ProviderCatalogue catalogue;

    private static WireMockServer startServerApp() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        registry.add("maestro.peers.server", SERVER_APP::baseUrl);
    }

    @AfterAll
    static void stopServerApp() {
        SERVER_APP.stop();
    }

    /** One fixture per provider; a provider added without one fails {@link #everyProviderHasAFixture}. */
    private static List<ProviderContractFixture> fixtures() {
        return List.of(new AwsContractFixture(), new FileImportContractFixture(SERVER_APP), new AzureContractFixture(),
                new AnsibleContractFixture(SERVER_APP), new TerraformContractFixture(SERVER_APP),
                new DigitalOceanContractFixture(), new SpacesContractFixture(), new OpenStackContractFixture());
    }

    @TestFactory
    Stream<DynamicTest> everyProviderHasAFixture() {
        return Stream.of(dynamicTest("fixtures cover every provider bean", () -> {
            List<ProviderContractFixture> fixtures = fixtures();
            try {
                assertThat(fixtures).extracting(ProviderContractFixture::provider)
                        .containsExactlyInAnyOrderElementsOf(providers.stream().map(DiscoveryProvider::name).toList());
            } finally {
                fixtures.forEach(ProviderContractFixture::close);
            }
        }));
    }

    @TestFactory
    Stream<DynamicContainer> everyProviderKeepsTheContract() {
        return fixtures().stream().map(fixture -> {
            DiscoveryProvider provider = providers.stream().filter(bean -> bean.name().equals(fixture.provider()))
                    .findFirst().orElseThrow(() -> new AssertionError("No provider bean " + fixture.provider()));
            return dynamicContainer(provider.name(), Stream.of(
                    dynamicTest("catalogue entry", () -> catalogueEntry(provider)),
                    dynamicTest("task list", () -> taskList(provider, fixture)),
                    dynamicTest("credentials sealed and masked", () -> credentials(provider, fixture)),
                    dynamicTest("recorded run translates into valid records", () -> recordedRun(provider, fixture)),
                    dynamicTest("fixture closed", fixture::close)));
        });
    }

    /** The wizard's entry: a label, an icon, a method, and one form per service the provider serves. */
    private void catalogueEntry(DiscoveryProvider provider) {
        Map<String, Object> info = catalogue.info(provider.name())
                .orElseThrow(() -> new AssertionError(provider.name() + " has no providers/" + provider.name() + "/info.json"));
        assertThat(info.get("label")).as("label").asString().isNotBlank();
        assertThat(info.get("icon")).as("icon").asString().isNotBlank();
        assertThat(info.get("method")).as("method").asList().isNotEmpty();
        assertThat(forms(info)).extracting(form -> form.get("service"))
                .containsExactlyInAnyOrderElementsOf(provider.services());
        assertThat(catalogue.summaries()).extracting(summary -> summary.get("label")).contains(info.get("label"));
    }

    /** The §4.2 tasks, each with commands of unique names writing a discovered entity by its identity key. */
    private void taskList(DiscoveryProvider provider, ProviderContractFixture fixture) {
        assertThat(provider.tasks().keySet()).containsExactlyInAnyOrderElementsOf(fixture.tasks());
        provider.tasks().forEach((task, commands) -> {
            assertThat(commands).as(task).isNotEmpty();
            assertThat(commands.stream().map(DiscoveryCommand::name).distinct().count()).as(task + " command names")
                    .isEqualTo(commands.size());
            for (DiscoveryCommand command : commands) {
                CommandTarget target = command.target();
                InventoryEntity entity = Inventory.byCollection(target.entity()).orElseThrow();
                assertThat(entity.discovered()).as(task + " writes " + target.entity()).isTrue();
                assertThat(target.key()).as(task + " key").isIn(entity.identityKey(), "name");
            }
        });
        Map<String, Object> rules = catalogue.rules(provider.name()).orElseThrow();
        assertThat(map(rules.get("permissions")).keySet()).containsExactlyInAnyOrderElementsOf(fixture.tasks());
    }

    /**
     * Every credential is a field of a form's {@code conn} (sealed whole by server-app, compatibility.md S4), the secret
     * ones are password fields, and a refusal quoting a credential reaches the user with the credential masked.
     */
    private void credentials(DiscoveryProvider provider, ProviderContractFixture fixture) {
        Map<String, Map<String, Object>> connFields = new LinkedHashMap<>();
        for (Map<String, Object> form : forms(catalogue.info(provider.name()).orElseThrow())) {
            for (Object field : list(map(form.get("template")).get("conn"))) {
                Map<String, Object> metas = map(map(field).get("metas"));
                connFields.put(String.valueOf(metas.get("name")), metas);
            }
        }
        assertThat(connFields.keySet()).containsExactlyInAnyOrderElementsOf(fixture.credentialKeys());
        for (String masked : fixture.maskedKeys()) {
            assertThat(connFields.get(masked).get("type")).as(masked + " is a password field").isEqualTo("password");
        }
        Map.Entry<String, SyncConnection> refused = fixture.refusedRun();
        SyncConnection connection = refused.getValue();
        List<DiscoveryCommand> commands = provider.tasks().get(refused.getKey());
        String region = provider.regions(connection).stream().findFirst().orElse("all");
        assertThatThrownBy(() -> RecordedPages.crawl(commands.get(0), connection, region))
                .isInstanceOf(ProviderException.class)
                .satisfies(failure -> {
                    assertThat(failure.getMessage()).isNotBlank();
                    for (String masked : fixture.maskedKeys()) {
                        String value = connection.credential(masked);
                        if (value != null) {
                            assertThat(failure.getMessage()).as("the refusal's message").doesNotContain(value);
                        }
                    }
                });
    }

    /** Each recorded task's records: at least one, every one valid for its command's entity, keys unique. */
    private void recordedRun(DiscoveryProvider provider, ProviderContractFixture fixture) {
        Map<String, SyncConnection> runs = fixture.recordedRuns();
        assertThat(runs).as("a recorded run of at least one task").isNotEmpty();
        runs.forEach((task, connection) -> {
            for (String region : provider.regions(connection).isEmpty() ? List.of("all") : provider.regions(connection)) {
                for (DiscoveryCommand command : provider.tasks().get(task)) {
                    List<Map<String, Object>> items = RecordedPages.items(RecordedPages.crawl(command, connection, region));
                    List<Map<String, Object>> records = command.translate(items,
                            new TranslationContext(connection, region, NOW, InventoryLookups.NONE));
                    String what = task + "/" + command.name() + " in " + region;
                    assertThat(records).as(what).isNotEmpty();
                    CommandTarget target = command.target();
                    InventoryEntity entity = Inventory.byCollection(target.entity()).orElseThrow();
                    Set<Object> keys = new HashSet<>();
                    List<String> invalid = new ArrayList<>();
                    for (Map<String, Object> record : records) {
                        entity.discoveredRecordSchema().check(record, target.key())
                                .forEach(detail -> invalid.add(record.get(target.key()) + ": " + detail.message()));
                        assertThat(keys.add(record.get(target.key()))).as(what + " key " + record.get(target.key()))
                                .isTrue();
                    }
                    assertThat(invalid).as(what + " records invalid for " + target.entity()).isEmpty();
                }
            }
        });
    }

    private static List<Map<String, Object>> forms(Map<String, Object> info) {
        return list(info.get("data")).stream().map(DiscoveryProviderContractTest::map).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
