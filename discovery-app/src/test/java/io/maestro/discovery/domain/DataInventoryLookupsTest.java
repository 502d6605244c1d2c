package io.maestro.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataInventoryLookupsTest {

    private static final String OWNER = "64b000000000000000000003";

    private final InventoryRecords data = mock(InventoryRecords.class);
    private final DataInventoryLookups lookups = new DataInventoryLookups(data, OWNER, new HashMap<>());

    @Test
    void applicationsAreLookedUpByNameOrIdAmongTheOwnersOnly() {
        when(data.findAll(eq("applications"), anyMap())).thenReturn(List.of(
                Map.of("_id", "64b0000000000000000000a1", "name", "shop", "family", "Application", "roles", List.of())));

        List<Map<String, Object>> found = lookups.ownerApplications(List.of("shop", "64b0000000000000000000a1"));

        assertThat(found).containsExactly(Map.of("_id", "64b0000000000000000000a1", "name", "shop", "family", "Application"));
        verify(data).findAll("applications", Map.of("roles._id", OWNER, "$or", List.of(
                Map.of("name", Map.of("$in", List.of("shop", "64b0000000000000000000a1"))),
                Map.of("_id", Map.of("$in", List.of("64b0000000000000000000a1"))))));
    }
}
