package io.maestro.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.maestro.discovery.provider.SyncConnection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunCacheTest {

    private static final SyncConnection CONNECTION = new SyncConnection("64b000000000000000000001", "acct", "AWS",
            "iam_aws", "DC", "64b000000000000000000002", List.of("eu-west-1"), null, null,
            Map.of("_id", "64b000000000000000000003"), List.of(), Map.of());

    private final ConnectionReader connections = mock(ConnectionReader.class);
    private final InventoryRecords data = mock(InventoryRecords.class);
    private final RunCache cache = new RunCache(connections, data);

    private static SyncRun run(String id) {
        return new SyncRun(id, "aws", CONNECTION.id(), "server-list", Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void theConnectionIsReadOncePerRunAndAgainAfterTheRunIsForgotten() {
        when(connections.read(CONNECTION.id())).thenReturn(CONNECTION);
        SyncRun run = run("run-1");

        assertThat(cache.connection(run)).isEqualTo(CONNECTION);
        assertThat(cache.connection(run)).isEqualTo(CONNECTION);
        cache.connection(run("run-2"));
        verify(connections, times(2)).read(CONNECTION.id());

        cache.forget(run);
        cache.connection(run);
        verify(connections, times(3)).read(CONNECTION.id());
    }

    @Test
    void aPublicFlavorIsAskedOncePerInstanceTypeAndRun() {
        when(connections.read(CONNECTION.id())).thenReturn(CONNECTION);
        when(data.findOne("flavors_public", Map.of("api_name", "t3.micro")))
                .thenReturn(Optional.of(Map.of("api_name", "t3.micro", "vcpu", 2)));
        SyncRun run = run("run-1");

        cache.lookups(run).publicFlavor("t3.micro");
        Optional<Map<String, Object>> flavor = cache.lookups(run).publicFlavor("t3.micro");
        verify(data, times(1)).findOne("flavors_public", Map.of("api_name", "t3.micro"));
        assertThat(flavor).contains(Map.of("api_name", "t3.micro", "vcpu", 2));

        cache.lookups(run("run-2")).publicFlavor("t3.micro");
        verify(data, times(2)).findOne("flavors_public", Map.of("api_name", "t3.micro"));
    }

    @Test
    void onlyTheMostRecentRunsAreKept() {
        when(connections.read(CONNECTION.id())).thenReturn(CONNECTION);
        for (int n = 0; n <= RunCache.RUNS_KEPT; n++) {
            cache.connection(run("run-" + n));
        }
        cache.connection(run("run-" + RunCache.RUNS_KEPT));
        verify(connections, times(RunCache.RUNS_KEPT + 1)).read(CONNECTION.id());

        cache.connection(run("run-0"));
        verify(connections, times(RunCache.RUNS_KEPT + 2)).read(CONNECTION.id());
    }
}
