package io.maestro.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class ListEnvelopeTest {

    static final ObjectId ID = new ObjectId("5f1c0c6e2b3a4d5e6f708192");

    static List<Document> servers(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Document("_id", new ObjectId()).append("hostname", "web-" + i))
                .toList();
    }

    @Test
    void middlePageLinksEverywhere() {
        ListEnvelope envelope = ListEnvelope.of("servers", servers(20), 45, 2, 20);

        assertThat(envelope.totalPages()).isEqualTo(3);
        assertThat(envelope.currentPage()).isEqualTo(2);
        assertThat(envelope.links()).containsOnlyKeys("_self", "prev", "next", "first", "last");
        assertThat(envelope.links().get("_self")).isEqualTo(Link.get("/servers/?page=2&limit=20"));
        assertThat(envelope.links().get("prev")).isEqualTo(Link.get("/servers/?page=1&limit=20"));
        assertThat(envelope.links().get("next")).isEqualTo(Link.get("/servers/?page=3&limit=20"));
        assertThat(envelope.links().get("first")).isEqualTo(Link.get("/servers/?page=1&limit=20"));
        assertThat(envelope.links().get("last")).isEqualTo(Link.get("/servers/?page=3&limit=20"));
    }

    @Test
    void singlePageHasOnlySelf() {
        ListEnvelope envelope = ListEnvelope.of("servers", servers(2), 2, 1, 20);

        assertThat(envelope.totalPages()).isEqualTo(1);
        assertThat(envelope.links()).containsOnlyKeys("_self");
    }

    @Test
    void lastPageHasNoNext() {
        ListEnvelope envelope = ListEnvelope.of("servers", servers(1), 21, 2, 20);

        assertThat(envelope.links()).containsOnlyKeys("_self", "prev", "first", "last");
    }

    @Test
    void eachItemLinksToItself() {
        ListEnvelope envelope = ListEnvelope.of("applications", List.of(new Document("_id", ID).append("name", "billing")), 1, 1, 20);

        Map<String, Object> item = envelope.items().get(0);
        assertThat(item).containsEntry("name", "billing")
                .containsEntry("_links", Map.of("_self", Link.get("/applications/" + ID.toHexString())));
    }

    @Test
    void pagePastTheLastIsNotFound() {
        assertThatThrownBy(() -> ListEnvelope.of("servers", List.of(), 45, 4, 20))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("detail", "Data not found");
    }

    @Test
    void emptyResultIsAPageWithNothingFound() {
        ListEnvelope envelope = ListEnvelope.of("servers", List.of(), 0, 3, 20);

        assertThat(envelope.found()).isZero();
        assertThat(envelope.totalPages()).isZero();
        assertThat(envelope.items()).isEmpty();
    }

    @Test
    void singleRecordLinksItselfAndEachAclEntry() {
        ObjectId teamId = new ObjectId();
        Document team = new Document("_id", ID).append("name", "ops").append("members", List.of(
                new Document("_id", teamId).append("refs", "users").append("role", 7),
                new Document("_id", "org-1").append("refs", "organization").append("role", 1)));

        Map<String, Object> single = ResourceLinks.single("teams", team);

        assertThat(single.get("_links")).isEqualTo(Map.of("_self", Link.get("/teams/" + ID.toHexString())));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) single.get("members");
        assertThat(members.get(0)).containsEntry("role", 7)
                .containsEntry("_links", Map.of("_self", Link.get("/users/" + teamId.toHexString())));
        assertThat(members.get(1)).containsEntry("_links", Map.of("_self", Link.get("/organization/org-1")));
        assertThat(team).doesNotContainKey("_links");
    }
}
