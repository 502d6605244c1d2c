package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.InventoryLookups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A test class against one {@link AwsTestCloud}, its recordings cleared before each test. */
public abstract class AwsRecordedTest {

    protected static final String REGION = "us-east-1";

    protected static AwsTestCloud aws;

    @BeforeAll
    static void startAws() {
        aws = new AwsTestCloud();
    }

    @AfterAll
    static void stopAws() {
        aws.close();
    }

    @BeforeEach
    void clearRecordings() {
        aws.server().resetAll();
    }

    /** Crawls every page of the command in {@link #REGION} and translates all items, as the pipeline would. */
    protected static List<Map<String, Object>> crawlAndTranslate(DiscoveryCommand command, InventoryLookups lookups) {
        return command.translate(AwsTestCloud.items(aws.crawl(command, REGION)), aws.context(REGION, lookups));
    }

    protected static List<Map<String, Object>> crawlAndTranslate(DiscoveryCommand command) {
        return crawlAndTranslate(command, InventoryLookups.NONE);
    }

    /** The {@code datacenters} every record of the test connection carries, plus the given placement fields. */
    protected static Map<String, Object> datacenter(Map<String, Object> placement) {
        Map<String, Object> datacenter = new LinkedHashMap<>(Map.of(
                "name", "AWS - Virginia", "_id", AwsTestCloud.DATACENTER_ID, "provider", "AWS", "region", REGION));
        datacenter.putAll(placement);
        return datacenter;
    }
}
