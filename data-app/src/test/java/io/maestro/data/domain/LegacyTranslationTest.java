package io.maestro.data.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class LegacyTranslationTest {

    private static final String HEX = "5be890af9150068433a0a53d";
    private static final String OTHER_HEX = "5be890af9150068433a0a53e";

    @Test
    void idKeysTurnHexStringsIntoObjectIdsAlsoInListsAndOperators() {
        Document filter = LegacyTranslation.filter(Document.parse("""
                {"_id": "%s", "roles._id": {"$in": ["%s", "%s"]}, "applications._id": {"$ne": "%s"},
                 "roles": {"$elemMatch": {"_id": "%s", "role": {"$gte": 3}}}}""".formatted(HEX, HEX, OTHER_HEX, HEX, HEX)));

        assertThat(filter.get("_id")).isEqualTo(new ObjectId(HEX));
        assertThat(filter.get("roles._id", Document.class).getList("$in", Object.class))
                .containsExactly(new ObjectId(HEX), new ObjectId(OTHER_HEX));
        assertThat(filter.get("applications._id", Document.class).get("$ne")).isEqualTo(new ObjectId(HEX));
        Document elemMatch = filter.get("roles", Document.class).get("$elemMatch", Document.class);
        assertThat(elemMatch.get("_id")).isEqualTo(new ObjectId(HEX));
        assertThat(elemMatch.get("role", Document.class).get("$gte")).isEqualTo(3);
    }

    @Test
    void onlyIdKeysAndOnly24HexValuesAreConverted() {
        Document filter = LegacyTranslation.filter(new Document("unique_id", HEX).append("accountant", HEX)
                .append("dc_id", HEX).append("_id", "not-an-object-id"));

        assertThat(filter.get("unique_id")).isEqualTo(HEX);
        assertThat(filter.get("accountant")).isEqualTo(HEX);
        assertThat(filter.get("dc_id")).isEqualTo(HEX);
        assertThat(filter.get("_id")).isEqualTo("not-an-object-id");
    }

    @Test
    void listValuesOfFilterFieldsMeanIn() {
        Document filter = LegacyTranslation.filter(new Document("unique_id", List.of("i-1", "i-2"))
                .append("roles._id", List.of(HEX)));

        assertThat(filter.get("unique_id", Document.class).getList("$in", Object.class)).containsExactly("i-1", "i-2");
        assertThat(filter.get("roles._id", Document.class).getList("$in", Object.class)).containsExactly(new ObjectId(HEX));
    }

    @Test
    void logicalOperatorsTranslateEachClause() {
        Document filter = LegacyTranslation.filter(Document.parse("""
                {"$or": [{"_id": "%s"}, {"name": ["a", "b"]}]}""".formatted(HEX)));

        List<Document> clauses = filter.getList("$or", Document.class);
        assertThat(clauses.get(0).get("_id")).isEqualTo(new ObjectId(HEX));
        assertThat(clauses.get(1).get("name", Document.class).getList("$in", String.class)).containsExactly("a", "b");
    }

    @Test
    void atKeysTurnIsoStringsIntoDatesAlsoInOperatorObjects() {
        Document filter = LegacyTranslation.filter(Document.parse("""
                {"updated_at": {"$gte": "2021-10-15T10:00:00Z", "$lt": "2021-10-16T10:00:00.250+02:00"},
                 "created_at": "2021-10-15T10:00:00", "last_seen_at": "yesterday", "name_at_x": "2021-13-45T10:00:00"}"""));

        Document range = filter.get("updated_at", Document.class);
        assertThat(range.get("$gte")).isEqualTo(Date.from(Instant.parse("2021-10-15T10:00:00Z")));
        assertThat(range.get("$lt")).isEqualTo(Date.from(Instant.parse("2021-10-16T08:00:00.250Z")));
        assertThat(filter.get("created_at")).isEqualTo(Date.from(Instant.parse("2021-10-15T10:00:00Z")));
        assertThat(filter.get("last_seen_at")).isEqualTo("yesterday");
        assertThat(filter.get("name_at_x")).as("not a real date").isEqualTo("2021-13-45T10:00:00");
    }

    @Test
    void bodiesAreTranslatedByTheNearestFieldNameWithoutTurningListsIntoIn() {
        Object body = LegacyTranslation.value(null, Document.parse("""
                {"roles": [{"_id": "%s", "role": 7}], "accountant": ["%s"], "deps": [],
                 "$addToSet": {"applications": {"_id": "%s", "name": "web"}}, "first_seen_at": "2021-10-15T10:00:00Z"}"""
                .formatted(HEX, HEX, OTHER_HEX)));

        Document document = (Document) body;
        assertThat(document.getList("roles", Document.class).get(0).get("_id")).isEqualTo(new ObjectId(HEX));
        assertThat(document.getList("accountant", Object.class)).containsExactly(HEX);
        assertThat(document.getList("deps", Object.class)).isEmpty();
        assertThat(document.get("$addToSet", Document.class).get("applications", Document.class).get("_id"))
                .isEqualTo(new ObjectId(OTHER_HEX));
        assertThat(document.get("first_seen_at")).isInstanceOf(Date.class);
    }
}
