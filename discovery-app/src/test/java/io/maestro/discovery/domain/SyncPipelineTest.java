package io.maestro.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.notify.NotificationClient;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** The steps' hand-offs, with the provider, data-app and the queue faked. */
class SyncPipelineTest {

    private static final SyncConnection CONNECTION = new SyncConnection("64b000000000000000000001", "acct", "Fake",
            "fake_service", "DC", "64b000000000000000000002", List.of("r1"), null, null,
            Map.of("_id", "64b000000000000000000003"), List.of(), Map.of());
    private static final SyncRun RUN = new SyncRun("run-1", "fake", CONNECTION.id(), "thing-list",
            Instant.parse("2026-11-28T05:00:00Z"));
    private static final RunUnit UNIT = new RunUnit("describe_things", "r1");

    private final ConnectionReader connections = mock(ConnectionReader.class);
    private final SyncTracker tracker = mock(SyncTracker.class);
    private final RecordLoader loader = mock(RecordLoader.class);
    private final InventoryRecords data = mock(InventoryRecords.class);
    private final List<SyncStep> published = new ArrayList<>();
    private final FakeCommand command = new FakeCommand();
    private final SyncPipeline pipeline;

    SyncPipelineTest() {
        DiscoveryProvider provider = FakeProvider.running(command);
        @SuppressWarnings("unchecked")
        ObjectProvider<NotificationClient> notifications = mock(ObjectProvider.class);
        pipeline = new SyncPipeline(new ProviderCatalogue(List.of(provider)), connections,
                new RunCache(connections, data), tracker, loader,
                mock(SyncProgress.class), mock(RunActivity.class), data,
                new StepQueue() {
                    @Override
                    public void publish(SyncStep step) {
                        published.add(step);
                    }

                    @Override
                    public boolean hasWaitingSteps() {
                        return false;
                    }
                }, notifications,
                new DiscoveryProperties(2, "discovery", Duration.ofSeconds(2), Duration.ofSeconds(40), Duration.ofSeconds(10)),
                Clock.fixed(RUN.startedAt(), ZoneOffset.UTC));
        when(connections.read(CONNECTION.id())).thenReturn(CONNECTION);
        when(connections.readWithCredentials(CONNECTION.id())).thenReturn(CONNECTION);
    }

    /** Pages of the provider and a translation that cannot read items named {@code garbage}. */
    private static final class FakeCommand implements DiscoveryCommand {

        final Map<String, FetchedPage> pages = new HashMap<>();
        ProviderException refusal;
        /** When set, what every translation gives, whatever the items. */
        List<Map<String, Object>> translated;

        @Override
        public String name() {
            return "describe_things";
        }

        @Override
        public CommandTarget target() {
            return CommandTarget.of(Inventory.SERVERS);
        }

        @Override
        public FetchedPage get(SyncConnection connection, String region, String pageToken) {
            if (refusal != null) {
                throw refusal;
            }
            return pages.get(String.valueOf(pageToken));
        }

        @Override
        public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
            if (translated != null) {
                return translated;
            }
            return items.stream().map(item -> {
                if ("garbage".equals(item.get("id"))) {
                    throw new IllegalArgumentException("cannot read");
                }
                return Map.<String, Object>of("unique_id", item.get("id"), "name", item.get("id"), "checksum", "c");
            }).toList();
        }
    }

    private static Map<String, Object> item(String id) {
        return Map.of("id", id);
    }

    @Test
    void aPageGoesOutInNumberedChunksAndSchedulesTheNextPage() {
        command.pages.put("null", new FetchedPage(List.of(item("a"), item("b"), item("c")), "p2"));

        pipeline.handle(new SyncStep.Scan(RUN, UNIT, null, 0, 0));

        assertThat(published).containsExactly(
                new SyncStep.Load(RUN, UNIT, 0, List.of(item("a"), item("b"))),
                new SyncStep.Load(RUN, UNIT, 1, List.of(item("c"))),
                new SyncStep.Scan(RUN, UNIT, "p2", 1, 2));
        verify(tracker, never()).chunksCounted(any(), anyString(), any(), eq(2));
    }

    @Test
    void theLastPageCountsTheUnitsChunksAndSendsTheCleanupWhenAllAreLoaded() {
        command.pages.put("p2", FetchedPage.last(List.of(item("d"))));
        when(tracker.unitComplete(RUN, CONNECTION.datacenterId(), UNIT)).thenReturn(true);

        pipeline.handle(new SyncStep.Scan(RUN, UNIT, "p2", 1, 2));

        verify(tracker).chunksCounted(RUN, CONNECTION.datacenterId(), UNIT, 3);
        assertThat(published).containsExactly(new SyncStep.Load(RUN, UNIT, 2, List.of(item("d"))),
                new SyncStep.Cleanup(RUN, UNIT));
    }

    @Test
    void anUnreadableFileOfAPageIsAFailedChunkAndTheListingGoesOn() {
        command.pages.put("null", new FetchedPage(List.of(item("a")), "p2", List.of("facts/broken.json: not valid JSON")));

        pipeline.handle(new SyncStep.Scan(RUN, UNIT, null, 0, 0));

        assertThat(published).containsExactly(
                new SyncStep.Load(RUN, UNIT, 0, List.of(item("a"))),
                new SyncStep.Scan(RUN, UNIT, "p2", 1, 2));
        verify(tracker).chunkLoaded(RUN, CONNECTION.datacenterId(), UNIT, 1,
                LoadOutcome.unreadable("facts/broken.json: not valid JSON"));
    }

    @Test
    void aProviderRefusalFailsItsUnitWithTheProvidersMessageAndFinishesTheRunWhenItWasTheLast() {
        command.refusal = new ProviderException("AuthFailure: AWS was not able to validate the provided access credentials");
        when(tracker.runComplete(RUN, CONNECTION.datacenterId())).thenReturn(true);

        pipeline.handle(new SyncStep.Scan(RUN, UNIT, null, 0, 0));

        verify(tracker).unitDone(RUN, CONNECTION.datacenterId(), UNIT, 0,
                "describe_things in r1: AuthFailure: AWS was not able to validate the provided access credentials");
        assertThat(published).containsExactly(new SyncStep.Finish(RUN));
    }

    @Test
    void aStepThatFailedForGoodFailsItsUnitSoTheTaskDoesNotStayInProgress() {
        when(tracker.runComplete(RUN, CONNECTION.datacenterId())).thenReturn(true);

        pipeline.failedForGood(new SyncStep.Load(RUN, UNIT, 4, List.of()), "data-app is down");

        verify(tracker).unitDone(RUN, CONNECTION.datacenterId(), UNIT, 0,
                "describe_things in r1: the load step failed: data-app is down");
        assertThat(published).containsExactly(new SyncStep.Finish(RUN));
    }

    @Test
    void aFinishThatFailedForGoodWritesTheFailureOnTheConnection() {
        pipeline.failedForGood(new SyncStep.Finish(RUN), "websocket-app is down");

        verify(data).connectionState(eq(CONNECTION.id()), eq("thing-list"), eq("danger"),
                startsWith("the finish step failed: websocket-app is down. At "));
    }

    @Test
    void aLoadStepOfARunANewerRunReplacedLoadsNothing() {
        SyncRun newer = new SyncRun("run-2", RUN.provider(), RUN.connectionId(), RUN.task(), RUN.startedAt().plusSeconds(5));
        when(tracker.currentRunId(CONNECTION.datacenterId(), RUN.task(), CONNECTION.id()))
                .thenReturn(Optional.of(newer.runId()));

        pipeline.handle(new SyncStep.Load(RUN, UNIT, 4, List.of(item("a"))));

        verify(loader, never()).load(anyString(), any(), any(), any(), any(), any());
        verify(tracker, never()).chunkLoaded(any(), anyString(), any(), anyInt(), any());
        assertThat(published).isEmpty();
    }

    @Test
    void translatedRecordsThatAreNotValidDiscoveredRecordsAreLeftOutAndReported() {
        Map<String, Object> valid = Map.of("unique_id", "i-1", "name", "web-1", "checksum", "c1", "cpu", 2);
        Map<String, Object> wrongCpu = Map.of("unique_id", "i-2", "name", "web-2", "checksum", "c2", "cpu", "two");
        Map<String, Object> noName = Map.of("unique_id", "i-3", "checksum", "c3");
        when(tracker.currentRunId(CONNECTION.datacenterId(), RUN.task(), CONNECTION.id())).thenReturn(Optional.empty());
        when(loader.load(anyString(), eq(CONNECTION), any(), eq(List.of(valid)), eq(RUN.startedAt()), isNull()))
                .thenReturn(new LoadOutcome(List.of("i-1"), 1, 0, 0, List.of()));

        command.translated = List.of(valid, wrongCpu, noName);

        pipeline.handle(new SyncStep.Load(RUN, UNIT, 4, List.of(item("a"))));

        verify(tracker).chunkLoaded(RUN, CONNECTION.datacenterId(), UNIT, 4, new LoadOutcome(List.of("i-1"), 1, 0, 0,
                List.of("invalid record unique_id=i-2 of servers: \"cpu\" must be a number",
                        "invalid record unique_id=i-3 of servers: \"name\" is required")));
        assertThat(published).isEmpty();
    }

    @Test
    void aUnitWithRecordsLeftOutAsInvalidDeactivatesNothingAndSaysHowMany() {
        when(tracker.unitState(RUN, CONNECTION.datacenterId(), UNIT)).thenReturn(Optional.of(
                new SyncTracker.UnitState(1, 0, 0, 0, List.of(
                        "invalid record unique_id=i-2 of servers: \"cpu\" must be a number",
                        "invalid record unique_id=i-3 of servers: \"name\" is required"))));

        pipeline.handle(new SyncStep.Cleanup(RUN, UNIT));

        verify(data, never()).updateMany(anyString(), anyMap(), anyMap());
        verify(tracker).unitDone(RUN, CONNECTION.datacenterId(), UNIT, 0, "describe_things in r1: 2 translated records"
                + " left out as not valid: invalid record unique_id=i-2 of servers: \"cpu\" must be a number");
    }

    @Test
    void itemsTheTranslationCannotReadAreSkippedAndTheOthersLoaded() {
        when(tracker.currentRunId(CONNECTION.datacenterId(), RUN.task(), CONNECTION.id())).thenReturn(Optional.empty());
        when(loader.load(anyString(), eq(CONNECTION), any(), any(), eq(RUN.startedAt()), isNull()))
                .thenReturn(new LoadOutcome(List.of("a", "b"), 2, 0, 0, List.of()));

        pipeline.handle(new SyncStep.Load(RUN, UNIT, 4, List.of(item("a"), item("garbage"), item("b"))));

        verify(loader).load(eq("run-1:load:describe_things__r1:4"), eq(CONNECTION), any(), eq(List.of(
                Map.of("unique_id", "a", "name", "a", "checksum", "c"),
                Map.of("unique_id", "b", "name", "b", "checksum", "c"))), eq(RUN.startedAt()), isNull());
    }

    @Test
    void aChunkIsTranslatedLoadedAndTrackedInOneStepAndTheLastOneSendsTheCleanup() {
        Map<String, Object> record = Map.of("unique_id", "i-1", "name", "web-1", "checksum", "c1");
        command.translated = List.of(record);
        when(tracker.currentRunId(CONNECTION.datacenterId(), RUN.task(), CONNECTION.id())).thenReturn(Optional.empty());
        LoadOutcome outcome = new LoadOutcome(List.of("i-1"), 1, 0, 0, List.of());
        when(loader.load("run-1:load:describe_things__r1:4", CONNECTION, command.target(), List.of(record),
                RUN.startedAt(), null)).thenReturn(outcome);
        when(tracker.unitComplete(RUN, CONNECTION.datacenterId(), UNIT)).thenReturn(true);

        pipeline.handle(new SyncStep.Load(RUN, UNIT, 4, List.of(item("a"))));

        verify(tracker).chunkLoaded(RUN, CONNECTION.datacenterId(), UNIT, 4, outcome);
        assertThat(published).containsExactly(new SyncStep.Cleanup(RUN, UNIT));
    }

    @Test
    void theCleanupDeactivatesOnlyWhatTheConnectionFoundBeforeInThatRegionAndNotNow() {
        when(tracker.unitState(RUN, CONNECTION.datacenterId(), UNIT)).thenReturn(Optional.of(
                new SyncTracker.UnitState(0, 0, 2, 0, List.of())));
        when(data.updateMany(eq("servers"), anyMap(), anyMap())).thenReturn(1L);

        pipeline.handle(new SyncStep.Cleanup(RUN, UNIT));

        verify(data).updateMany("servers", Map.of("accountant", CONNECTION.id(),
                "datacenters._id", CONNECTION.datacenterId(), "roles._id", CONNECTION.ownerId(), "active", true,
                "datacenters.region", "r1", "$or", List.of(
                        Map.of("last_seen_at", Map.of("$lt", RUN.startedAt().toString())),
                        Map.of("last_seen_at", Map.of("$exists", false)))), Map.of("active", false));
        verify(tracker).unitDone(RUN, CONNECTION.datacenterId(), UNIT, 1, null);
    }

    @Test
    void aUnitWhereTheStoreRefusedARecordDeactivatesNothing() {
        when(tracker.unitState(RUN, CONNECTION.datacenterId(), UNIT)).thenReturn(Optional.of(
                new SyncTracker.UnitState(0, 0, 0, 0, List.of("body[0]: E11000 duplicate key"))));

        pipeline.handle(new SyncStep.Cleanup(RUN, UNIT));

        verify(data, never()).updateMany(anyString(), anyMap(), anyMap());
        verify(tracker).unitDone(RUN, CONNECTION.datacenterId(), UNIT, 0,
                "describe_things in r1: the store refused 1 records: body[0]: E11000 duplicate key");
    }

    @Test
    void aUnitWithAnUnreadableFileDeactivatesNothingAndSaysWhichFile() {
        when(tracker.unitState(RUN, CONNECTION.datacenterId(), UNIT)).thenReturn(Optional.of(
                new SyncTracker.UnitState(3, 0, 0, 0, List.of(), List.of("facts/broken.json: not valid JSON"))));

        pipeline.handle(new SyncStep.Cleanup(RUN, UNIT));

        verify(data, never()).updateMany(anyString(), anyMap(), anyMap());
        verify(tracker).unitDone(RUN, CONNECTION.datacenterId(), UNIT, 0,
                "describe_things in r1: facts/broken.json: not valid JSON");
    }

    @Test
    void theFinishWritesTheTasksStateAndAnEmptyResultIsAWarning() {
        when(tracker.runState(RUN, CONNECTION.datacenterId()))
                .thenReturn(Optional.of(new SyncTracker.RunState(2, 1, 3, 1, List.of())))
                .thenReturn(Optional.of(new SyncTracker.RunState(0, 0, 0, 4, List.of())));

        pipeline.handle(new SyncStep.Finish(RUN));
        pipeline.handle(new SyncStep.Finish(RUN));

        verify(data).connectionState(CONNECTION.id(), "thing-list", "success",
                "Success. 2 created, 1 updated, 3 unchanged, 1 deactivated. At 2026-11-28T05:00:00Z");
        verify(data).connectionState(CONNECTION.id(), "thing-list", "warning",
                "Empty result. 4 deactivated. At 2026-11-28T05:00:00Z");
    }

    @Test
    void theProvidersNotesFollowTheCountsOfTheFinishedTask() {
        when(tracker.runState(RUN, CONNECTION.datacenterId())).thenReturn(Optional.of(new SyncTracker.RunState(2, 0, 0, 0,
                List.of(), List.of("prod.tfstate: 3 resources of types Maestro does not map (aws_iam_role ×3)."))));

        pipeline.handle(new SyncStep.Finish(RUN));

        verify(data).connectionState(CONNECTION.id(), "thing-list", "success", "Success. 2 created, 0 updated,"
                + " 0 unchanged, 0 deactivated. prod.tfstate: 3 resources of types Maestro does not map"
                + " (aws_iam_role ×3). At 2026-11-28T05:00:00Z");
    }

    @Test
    void aPagesNotesAreAChunkOfTheirOwn() {
        command.pages.put("null", FetchedPage.last(List.of(item("a"))).withNotes(List.of("x.tfstate: 1 resources")));

        pipeline.handle(new SyncStep.Scan(RUN, UNIT, null, 0, 0));

        assertThat(published).containsExactly(new SyncStep.Load(RUN, UNIT, 0, List.of(item("a"))));
        verify(tracker).chunkLoaded(RUN, CONNECTION.datacenterId(), UNIT, 1,
                LoadOutcome.noted(List.of("x.tfstate: 1 resources")));
        verify(tracker).chunksCounted(RUN, CONNECTION.datacenterId(), UNIT, 2);
    }
}
