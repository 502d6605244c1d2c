package io.maestro.common.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.web.QueryException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;

class ListQueryParserTest {

    static final ListQueryDefinition APPLICATIONS = ListQueryDefinition
            .of(Set.of("_id", "name", "family", "language", "environment", "datacenters", "system", "roles", "updated_at"))
            .withAliases(Map.of("ldatacenters", "datacenters.name", "lsystem", "system.name"))
            .withUpperFirst(Set.of("language", "environment"));

    static ListQuery parse(String... nameValuePairs) {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            String name = nameValuePairs[i];
            String value = nameValuePairs[i + 1];
            params.merge(name, new String[] {value}, (a, b) -> {
                String[] both = Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
        return ListQueryParser.parse(params, APPLICATIONS);
    }

    static Document contains(String literalPattern) {
        return new Document("$regex", literalPattern).append("$options", "i");
    }

    @Test
    void defaults() {
        ListQuery query = parse();

        assertThat(query.filter()).isEqualTo(new Document("active", true));
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.skip()).isZero();
        assertThat(query.sort()).isEqualTo(Sort.by(Sort.Direction.DESC, "updated_at").and(Sort.by(Sort.Direction.DESC, "_id")));
    }

    @Test
    void pagingAndOrder() {
        ListQuery query = parse("page", "3", "limit", "50", "orderBy", "name", "ascending", "1");

        assertThat(query.page()).isEqualTo(3);
        assertThat(query.limit()).isEqualTo(50);
        assertThat(query.skip()).isEqualTo(100);
        assertThat(query.sort()).isEqualTo(Sort.by(Sort.Direction.ASC, "name").and(Sort.by(Sort.Direction.ASC, "_id")));
        assertThat(parse("ascending", "true").ascending()).isFalse();
    }

    @Test
    void hugeLimitIsCappedAtOneThousand() {
        assertThat(parse("limit", "1001").limit()).isEqualTo(1000);
        assertThat(parse("limit", "99999999999999999999999").limit()).isEqualTo(1000);
        assertThat(parse("limit", "1000").limit()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "1e3", " 5", "0x10", "00"})
    void limitAndPageMustBePositiveIntegers(String value) {
        assertThatThrownBy(() -> parse("limit", value)).isInstanceOf(QueryException.class).hasMessageContaining("'limit'");
        assertThatThrownBy(() -> parse("page", value)).isInstanceOf(QueryException.class).hasMessageContaining("'page'");
    }

    @Test
    void pageBeyondAnIntIsRefused() {
        assertThatThrownBy(() -> parse("page", "99999999999")).isInstanceOf(QueryException.class).hasMessageContaining("at most");
    }

    @Test
    void orderByMustNameAField() {
        assertThat(parse("orderBy", "created_at").orderBy()).isEqualTo("created_at");
        assertThat(parse("orderBy", "datacenters.name").orderBy()).isEqualTo("datacenters.name");
        assertThatThrownBy(() -> parse("orderBy", "password")).isInstanceOf(QueryException.class).hasMessageContaining("orderBy");
        assertThatThrownBy(() -> parse("orderBy", "$natural")).isInstanceOf(QueryException.class);
    }

    @Test
    void fieldParametersMatchExactlyAndRepeatedOnesAnyOf() {
        ListQuery query = parse("family", "Application", "environment", "prod", "environment", "staging", "unknown", "x", "_", "123");

        assertThat(query.filter()).isEqualTo(new Document("family", "Application")
                .append("environment", new Document("$in", List.of("prod", "staging")))
                .append("active", true));
    }

    @Test
    void bracketArrayParametersAreRepeatedValues() {
        assertThat(parse("family[]", "A", "family[]", "B").filter().get("family"))
                .isEqualTo(new Document("$in", List.of("A", "B")));
    }

    @Test
    void idsBecomeObjectIds() {
        String id = "5f1c0c6e2b3a4d5e6f708192";
        ListQuery query = ListQueryParser.parse(Map.of("_id", new String[] {id}, "roles._id", new String[] {id, "not-an-id"}),
                ListQueryDefinition.of(Set.of("_id", "roles._id")));

        assertThat(query.filter().get("_id")).isEqualTo(new ObjectId(id));
        assertThat(query.filter().get("roles._id")).isEqualTo(new Document("$in", List.of(new ObjectId(id), "not-an-id")));
    }

    @Test
    void activeCannotBeOverriddenByAParameter() {
        ListQuery query = ListQueryParser.parse(Map.of("active", new String[] {"false"}),
                ListQueryDefinition.of(Set.of("active")));

        assertThat(query.filter()).containsEntry("active", true);
    }

    @Test
    void queryValuesAreCaseInsensitiveContainsAfterAliases() {
        ListQuery query = parse("query", "{\"name\":\"bill\",\"ldatacenters\":\"aws\",\"language\":\"java\",\"family\":\"\",\"system\":null,\"lsystem\":0}");

        assertThat(query.filter()).isEqualTo(new Document("name", contains("bill"))
                .append("datacenters.name", contains("aws"))
                .append("language", contains("Java"))
                .append("active", true));
    }

    @Test
    void queryNumbersAndBooleansSearchTheirText() {
        assertThat(parse("query", "{\"name\":42,\"family\":true}").filter())
                .containsEntry("name", contains("42"))
                .containsEntry("family", contains("true"));
    }

    @Test
    void queryWinsOverAnExactParameterOnTheSameField() {
        assertThat(parse("name", "exact", "query", "{\"name\":\"part\"}").filter()).containsEntry("name", contains("part"));
    }

    @Test
    void regexMetacharactersAreLiteral() {
        assertThat(parse("query", "{\"name\":\"a.*b\"}").filter().get("name")).isEqualTo(contains("a\\.\\*b"));
        assertThat(parse("query", "{\"name\":\"(\"}").filter().get("name")).isEqualTo(contains("\\("));
        assertThat(parse("query", "{\"name\":\"\\\\\"}").filter().get("name")).isEqualTo(contains("\\\\"));
        assertThat(parse("query", "{\"name\":\"^x$|[y]{2}?+\"}").filter().get("name"))
                .isEqualTo(contains("\\^x\\$\\|\\[y\\]\\{2\\}\\?\\+"));
        assertThat(parse("query", "{\"name\":\"São Paulo_1\"}").filter().get("name")).isEqualTo(contains("São Paulo_1"));
    }

    @Test
    void operatorValuesInQueryAreRefused() {
        assertThatThrownBy(() -> parse("query", "{\"name\":{\"$ne\":1}}"))
                .isInstanceOf(QueryException.class).hasMessageContaining("'name'");
        assertThatThrownBy(() -> parse("query", "{\"name\":[\"a\",\"b\"]}"))
                .isInstanceOf(QueryException.class).hasMessageContaining("'name'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"$where\":\"sleep(1000)\"}", "{\"$or\":[{\"name\":\"a\"}]}", "{\"name.$ne\":\"a\"}", "{\"na$me\":\"a\"}"})
    void operatorKeysInQueryAreRefused(String json) {
        assertThatThrownBy(() -> parse("query", json)).isInstanceOf(QueryException.class).hasMessageContaining("operators");
    }

    @Test
    void queryKeysMustNameAField() {
        assertThatThrownBy(() -> parse("query", "{\"password\":\"a\"}"))
                .isInstanceOf(QueryException.class).hasMessageContaining("'password'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "not json", "{'name':'a'}", "[{\"name\":\"a\"}]", "\"name\"", "null", "{\"name\":\"a\"} trailing"})
    void brokenOrNonObjectQueryJsonIsRefused(String json) {
        assertThatThrownBy(() -> parse("query", json)).isInstanceOf(QueryException.class).hasMessageContaining("'query'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name[$ne]", "name[$gt]", "$where", "name.$ne", "query[name]", "roles[0][_id]", "anything[$regex]"})
    void operatorAndNestedParametersAreRefused(String name) {
        assertThatThrownBy(() -> parse(name, "x")).isInstanceOf(QueryException.class).hasMessageContaining("'" + name + "'");
    }

    @Test
    void multiValueMapsAreAccepted() {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("name", "a");
        params.add("name", "b");
        params.add("limit", "5");

        ListQuery query = ListQueryParser.parse(params, APPLICATIONS);

        assertThat(query.limit()).isEqualTo(5);
        assertThat(query.filter().get("name")).isEqualTo(new Document("$in", List.of("a", "b")));
    }

    @Test
    void emptyParametersCountAsAbsent() {
        ListQuery query = parse("limit", "", "page", "", "orderBy", "", "query", "");

        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.orderBy()).isEqualTo("updated_at");
        assertThat(query.filter()).isEqualTo(new Document("active", true));
    }

    @Test
    void anAddedClauseIsJoinedNotMerged() {
        Document acl = new Document("roles", new Document("$elemMatch", new Document("_id", new ObjectId())));
        ListQuery query = parse("roles", "spoofed").and(acl);

        assertThat(query.filter()).isEqualTo(new Document("$and",
                List.of(new Document("roles", "spoofed").append("active", true), acl)));
        assertThat(query.toQuery().getQueryObject()).isEqualTo(query.filter());
    }
}
