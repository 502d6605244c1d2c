package io.maestro.discovery.provider.azure;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.support.RecordedPages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A test class against one {@link AzureTestCloud}, its recordings cleared before each test. */
abstract class AzureRecordedTest {

    protected static AzureTestCloud azure;
    protected static AzureProvider provider;

    @BeforeAll
    static void startAzure() {
        azure = new AzureTestCloud();
        provider = new AzureProvider(azure.sessions());
    }

    @AfterAll
    static void stopAzure() {
        azure.close();
    }

    @BeforeEach
    void clearRecordings() {
        azure.server().resetAll();
    }

    protected static DiscoveryCommand command(String task, String name) {
        return provider.tasks().get(task).stream().filter(command -> command.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Crawls every page of the command in westeurope and translates all items, as the pipeline would. */
    protected static List<Map<String, Object>> crawlAndTranslate(DiscoveryCommand command) {
        return command.translate(RecordedPages.items(RecordedPages.crawl(command, azure.connection(),
                AzureTestCloud.REGION)), azure.context(InventoryLookups.NONE));
    }

    /** The record whose {@code name} is given. */
    protected static Map<String, Object> named(List<Map<String, Object>> records, String name) {
        return records.stream().filter(record -> name.equals(record.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("No record " + name + " in " + records));
    }

    /** The {@code datacenters} every record of the test connection carries, plus the given fields. */
    protected static Map<String, Object> datacenter(Map<String, Object> more) {
        Map<String, Object> datacenter = new LinkedHashMap<>(Map.of("name", "Azure - West Europe",
                "_id", AzureTestCloud.DATACENTER_ID, "provider", "Azure", "region", AzureTestCloud.REGION));
        datacenter.putAll(more);
        return datacenter;
    }
}
