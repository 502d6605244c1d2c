package io.maestro.discovery.provider.openstack;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.support.RecordedPages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class against one {@link OpenStackTestCloud}; before each test, Keystone answering and nothing else recorded,
 * and a provider on new sessions (no token kept).
 */
abstract class OpenStackRecordedTest {

    protected static OpenStackTestCloud openstack;
    protected static OpenStackProvider provider;

    @BeforeAll
    static void startOpenStack() {
        openstack = new OpenStackTestCloud();
    }

    @AfterAll
    static void stopOpenStack() {
        openstack.close();
    }

    @BeforeEach
    void clearRecordings() {
        openstack.server().resetAll();
        openstack.token("keystone/token.json");
        openstack.waits().clear();
        provider = new OpenStackProvider(openstack.freshSessions());
    }

    protected static DiscoveryCommand command(String task, String name) {
        return provider.tasks().get(task).stream().filter(command -> command.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Crawls every page of the command in RegionOne and translates all items, as the pipeline would. */
    protected static List<Map<String, Object>> crawlAndTranslate(String task, String name) {
        DiscoveryCommand command = command(task, name);
        return command.translate(RecordedPages.items(RecordedPages.crawl(command, openstack.connection(),
                OpenStackTestCloud.REGION)), openstack.context());
    }

    /** The record whose {@code name} is given. */
    protected static Map<String, Object> named(List<Map<String, Object>> records, String name) {
        return records.stream().filter(record -> name.equals(record.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("No record " + name + " in " + records));
    }

    /** The {@code datacenters} every record of the test connection carries, plus the given fields. */
    protected static Map<String, Object> datacenter(Map<String, Object> more) {
        Map<String, Object> datacenter = new LinkedHashMap<>(Map.of("name", "OpenStack - Lab",
                "_id", OpenStackTestCloud.DATACENTER_ID, "provider", "OpenStack", "region", OpenStackTestCloud.REGION));
        datacenter.putAll(more);
        return datacenter;
    }
}
