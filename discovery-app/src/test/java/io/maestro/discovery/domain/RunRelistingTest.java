package io.maestro.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.maestro.common.audit.Change;
import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which records a relisting reads from a fake data-app, and the audit messages it makes of them. */
class RunRelistingTest {

    private static final String CONNECTION_ID = "64b000000000000000000001";
    private static final SyncConnection CONNECTION = new SyncConnection(CONNECTION_ID, "aws prod", "AWS", "iam_aws",
            "DC", "64b000000000000000000002", List.of("us-east-1"), null, null, Map.of("_id", "64b000000000000000000003"),
            List.of(), Map.of());
    private static final Instant STARTED = Instant.parse("2026-12-07T05:00:00.123456Z");
    private static final String STAMP = "2026-12-07T05:00:00.123Z";
    private static final SyncRun RUN = new SyncRun("run-1", "fake", CONNECTION_ID, "thing-list", STARTED);
    private static final int CHUNK = 400;

    private final InventoryRecords data = mock(InventoryRecords.class);
    private final List<Message> published = new ArrayList<>();
    private final RunRelisting relisting;

    private record Message(String chunkId, String entity, List<SyncAudit.RecordedChange> changes) {
    }

    RunRelistingTest() {
        DiscoveryProvider provider = FakeProvider.running(command("servers", Inventory.SERVERS),
                command("more_servers", Inventory.SERVERS), command("volumes", Inventory.VOLUMES));
        SyncAudit audit = (chunkId, entity, changes, connection) -> published.add(new Message(chunkId, entity, changes));
        relisting = new RunRelisting(new ProviderCatalogue(List.of(provider)), data, audit,
                new DiscoveryProperties(CHUNK, "discovery", Duration.ofSeconds(2), Duration.ofSeconds(40),
                        Duration.ofSeconds(10)));
    }

    private static DiscoveryCommand command(String name, InventoryEntity entity) {
        return new DiscoveryCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CommandTarget target() {
                return CommandTarget.of(entity);
            }

            @Override
            public FetchedPage get(SyncConnection connection, String region, String pageToken) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Servers the run stamped, in {@code _id} order: the even ones first seen by it, the odd ones before. */
    private static List<Map<String, Object>> stampedServers(int from, int to) {
        List<Map<String, Object>> servers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put("_id", String.format("64b1%020d", i));
            server.put("name", "server-" + i);
            server.put("first_seen_at", i % 2 == 0 ? STAMP : "2026-01-01T00:00:00Z");
            server.put("last_seen_at", STAMP);
            servers.add(server);
        }
        return servers;
    }

    @Test
    void everyRecordTheRunStampedIsListedOnceInChunksCreatedWhenTheRunFirstSawIt() {
        Map<String, Object> stampedByRun = Map.of("seen_by." + CONNECTION_ID, STAMP);
        List<Map<String, Object>> firstPage = stampedServers(0, RunRelisting.PAGE);
        when(data.findAfter(eq("servers"), eq(stampedByRun), isNull(), eq(RunRelisting.PAGE))).thenReturn(firstPage);
        when(data.findAfter("servers", stampedByRun, String.format("64b1%020d", RunRelisting.PAGE - 1),
                RunRelisting.PAGE)).thenReturn(stampedServers(RunRelisting.PAGE, RunRelisting.PAGE + 1));
        when(data.findAfter(eq("volumes"), anyMap(), isNull(), anyInt())).thenReturn(List.of());

        assertThat(relisting.relist(RUN, CONNECTION)).isEqualTo(RunRelisting.PAGE + 1);

        assertThat(published).extracting(Message::entity).containsOnly("servers");
        assertThat(published).extracting(message -> message.changes().size()).containsExactly(CHUNK, CHUNK, 200, 1);
        List<SyncAudit.RecordedChange> listed = published.stream().flatMap(message -> message.changes().stream()).toList();
        assertThat(listed).extracting(SyncAudit.RecordedChange::recordId).doesNotHaveDuplicates()
                .hasSize(RunRelisting.PAGE + 1);
        assertThat(listed.get(0).change()).isEqualTo(Change.CREATE);
        assertThat(listed.get(1).change()).isEqualTo(Change.UPDATE);
        assertThat(listed.get(0).document()).isEqualTo(firstPage.get(0));
    }

    @Test
    void aRelistingDoneAgainUsesTheSameMessageIdsAndOtherRecordsOthers() {
        when(data.findAfter(eq("servers"), anyMap(), isNull(), anyInt())).thenReturn(stampedServers(0, 2 * CHUNK));
        when(data.findAfter(eq("volumes"), anyMap(), isNull(), anyInt())).thenReturn(List.of());

        relisting.relist(RUN, CONNECTION);
        relisting.relist(RUN, CONNECTION);
        when(data.findAfter(eq("servers"), anyMap(), isNull(), anyInt())).thenReturn(stampedServers(1, 2 * CHUNK + 1));
        relisting.relist(RUN, CONNECTION);

        List<String> ids = published.stream().map(Message::chunkId).toList();
        assertThat(ids).hasSize(6).allMatch(id -> id.startsWith("run-1:relisted:servers:"));
        assertThat(ids.subList(2, 4)).isEqualTo(ids.subList(0, 2));
        assertThat(ids.subList(4, 6)).doesNotContainAnyElementsOf(ids.subList(0, 2));
    }
}
