package io.maestro.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The worker's joins over an inventory that answers from lists, as data-app would. */
class PivotJoinsTest {

    private static final Map<String, Object> OWNED = Map.of("roles._id", "owner");

    /** Each entity's records; {@link #linked} answers those whose link holds an asked id, and records the calls. */
    private final Map<String, List<Map<String, Object>>> records = Map.of(
            "systems", List.of(
                    Map.of("_id", "s1", "name", "ERP", "clients", List.of(Map.of("_id", "c1"))),
                    Map.of("_id", "s2", "name", "Billing", "clients", List.of(Map.of("_id", "c2"),
                            Map.of("_id", "c1"), Map.of("_id", "c1"))),
                    Map.of("_id", "s3", "name", "CRM", "clients", Map.of("_id", "c3"))),
            "applications", List.of(
                    Map.of("_id", "a1", "name", "erp-api", "system", List.of(Map.of("_id", "s1"))),
                    Map.of("_id", "a2", "name", "erp-web", "system", List.of(Map.of("_id", "s1"))),
                    Map.of("_id", "a3", "name", "crm-api", "system", List.of(Map.of("_id", "s3")))));
    private final List<List<String>> asked = new ArrayList<>();

    private final Inventory inventory = new Inventory() {
        @Override
        public void read(String entity, Map<String, Object> query, int size,
                Consumer<List<Map<String, Object>>> batch) {
            throw new AssertionError("the joins read only linked records");
        }

        @Override
        public List<Map<String, Object>> linked(String entity, Map<String, Object> query, String link,
                List<String> ids) {
            assertThat(query).isEqualTo(OWNED);
            asked.add(List.copyOf(ids));
            return records.get(entity).stream()
                    .filter(record -> PivotJoins.values(record, link).stream().anyMatch(ids::contains))
                    .toList();
        }
    };

    private static List<Map<String, Object>> clients(String... ids) {
        List<Map<String, Object>> clients = new ArrayList<>();
        for (String id : ids) {
            clients.add(Map.of("_id", id, "name", "client " + id));
        }
        return clients;
    }

    private static List<String> chains(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("_id") + ">" + ((Map<?, ?>) row.get("systems")).get("_id")
                + (row.containsKey("applications") ? ">" + ((Map<?, ?>) row.get("applications")).get("_id") : ""))
                .toList();
    }

    @Test
    void eachRowIsCopiedPerJoinedRecordAndRowsWithNothingJoinedAreLeftOut() {
        List<Map<String, Object>> rows = new PivotJoins(inventory, 100).rows(clients("c1", "c2", "c3", "c4"), List.of(
                new ReportQuery.Join("systems", "clients._id", OWNED),
                new ReportQuery.Join("applications", "system._id", OWNED)));

        // c2's Billing has no application, c4 no system; Billing lists c1 twice and is joined to it once
        assertThat(chains(rows)).containsExactly("c1>s1>a1", "c1>s1>a2", "c3>s3>a3");
        assertThat(rows.get(0)).containsEntry("name", "client c1");
        assertThat(rows.get(0).get("systems")).isEqualTo(records.get("systems").get(0));
    }

    @Test
    void aRecordLinkedTwiceToOneParentIsJoinedOnce() {
        List<Map<String, Object>> rows = new PivotJoins(inventory, 100).rows(clients("c1", "c2"), List.of(
                new ReportQuery.Join("systems", "clients._id", OWNED)));

        assertThat(chains(rows)).containsExactly("c1>s1", "c1>s2", "c2>s2");
    }

    @Test
    void eachLevelIsAskedOnceForTheIdsOfTheLevelBeforeInChunks() {
        new PivotJoins(inventory, 2).rows(clients("c1", "c2", "c3"), List.of(
                new ReportQuery.Join("systems", "clients._id", OWNED),
                new ReportQuery.Join("applications", "system._id", OWNED)));

        assertThat(asked).containsExactly(List.of("c1", "c2"), List.of("c3"), List.of("s1", "s2"), List.of("s3"));
    }

    @Test
    void aPathIsReadThroughListsAndObjects() {
        assertThat(PivotJoins.values(Map.of("clients", List.of(Map.of("_id", "a"), Map.of("_id", "b"),
                Map.of("name", "no id"))), "clients._id")).containsExactly("a", "b");
        assertThat(PivotJoins.values(Map.of("system", Map.of("_id", "s")), "system._id")).containsExactly("s");
        assertThat(PivotJoins.values(Map.of("system", "s"), "system._id")).isEmpty();
    }
}
