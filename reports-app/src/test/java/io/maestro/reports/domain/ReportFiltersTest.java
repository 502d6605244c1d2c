package io.maestro.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.web.ValidatorException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportFiltersTest {

    private static Map<String, Object> filter(Object... keyValues) {
        Map<String, Object> filter = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            filter.put((String) keyValues[i], keyValues[i + 1]);
        }
        return filter;
    }

    private static List<Map<String, Object>> clauses(Map<String, Object>... filters) {
        return ReportFilters.clauses(List.of(filters), "filters");
    }

    @Test
    void stringComparersAreRegexNegatedRegexAndEquality() {
        assertThat(clauses(filter("field", "hostname", "filter", "web", "comparer", "contain", "typ", "string"),
                filter("field", "hostname", "filter", "db", "comparer", "not contain", "typ", "string"),
                filter("field", "role", "filter", "Application", "comparer", "equal", "typ", "string")))
                .containsExactly(Map.of("hostname", Map.of("$regex", "web")),
                        Map.of("hostname", Map.of("$not", Map.of("$regex", "db"))),
                        Map.of("role", "Application"));
    }

    @Test
    void aMissingTypeIsAString() {
        assertThat(clauses(filter("field", "name", "filter", "a", "comparer", "contain")))
                .containsExactly(Map.of("name", Map.of("$regex", "a")));
    }

    @Test
    void booleanSelectAndObject() {
        assertThat(clauses(filter("field", "active", "filter", "true", "typ", "boolean"),
                filter("field", "active", "filter", "no", "typ", "boolean"),
                filter("field", "environment", "filter", "Production", "typ", "select"),
                filter("field", "datacenters", "subfield", "_id", "subfilter", "5f0c", "typ", "object")))
                .containsExactly(Map.of("active", true), Map.of("active", false),
                        Map.of("environment", "Production"), Map.of("datacenters._id", "5f0c"));
    }

    /** A link's id may be stored as an ObjectId or as its text: an id filter matches either. */
    @Test
    void anIdMatchesTheObjectIdOrItsText() {
        String id = "5f0c0c0c0c0c0c0c0c0c0c0c";
        Map<String, Object> eitherForm = Map.of("$or", List.of(Map.of("datacenters._id", id),
                Map.of("datacenters._id", Map.of("$regex", "^" + id + "$"))));

        assertThat(clauses(filter("field", "datacenters", "subfield", "_id", "subfilter", id, "typ", "object")))
                .containsExactly(eitherForm);
        assertThat(clauses(filter("field", "applications", "subfield", "_id", "subfilter", id, "typ", "array"),
                filter("field", "applications", "subfield", "name", "subfilter", "web", "typ", "array")))
                .containsExactly(Map.of("applications", Map.of("$elemMatch", Map.of("$and", List.of(
                        Map.of("$or", List.of(Map.of("_id", id), Map.of("_id", Map.of("$regex", "^" + id + "$")))),
                        Map.of("name", "web"))))));
    }

    @Test
    void arrayFiltersOnOneFieldAccumulateInOneElemMatch() {
        assertThat(clauses(filter("field", "tags", "subfield", "key", "subfilter", "env", "typ", "array"),
                filter("field", "tags", "subfield", "value", "subfilter", "prod", "typ", "array")))
                .containsExactly(Map.of("tags", Map.of("$elemMatch", Map.of("key", "env", "value", "prod"))));
    }

    @Test
    void numbersCompareGreaterLessOrEqual() {
        assertThat(clauses(filter("field", "cpu", "filter", "4", "comparer", "greater", "typ", "number"),
                filter("field", "memory", "filter", 2.5, "comparer", "less", "typ", "number"),
                filter("field", "cpu", "filter", "8", "comparer", "equal", "typ", "number")))
                .containsExactly(Map.of("cpu", Map.of("$gte", 4L)), Map.of("memory", Map.of("$lte", 2.5)),
                        Map.of("cpu", 8L));
    }

    @Test
    void datesCompareAfterAndBefore() {
        assertThat(clauses(filter("field", "created_at", "filter", "2021-10-15", "comparer", "after", "typ", "date"),
                filter("field", "updated_at", "filter", "2021-10-15T12:00:00+02:00", "comparer", "before", "typ", "date")))
                .containsExactly(Map.of("created_at", Map.of("$gte", "2021-10-15T00:00:00Z")),
                        Map.of("updated_at", Map.of("$lte", "2021-10-15T10:00:00Z")));
    }

    static List<Object[]> hostile() {
        return List.of(
                new Object[] {filter("field", "name", "filter", Map.of("$where", "sleep(1000)"), "typ", "string"),
                        "filters.0.filter"},
                new Object[] {filter("field", "name", "filter", List.of("a"), "typ", "select"), "filters.0.filter"},
                new Object[] {filter("field", "$where", "filter", "1", "typ", "string"), "filters.0.field"},
                new Object[] {filter("field", "roles._id\u0000", "filter", "1"), "filters.0.field"},
                new Object[] {filter("field", "name", "filter", "(unclosed", "comparer", "contain"), "filters.0.filter"},
                new Object[] {filter("field", "name", "filter", "[a-", "comparer", "not contain"), "filters.0.filter"},
                new Object[] {filter("field", "cpu", "filter", "four", "typ", "number"), "filters.0.filter"},
                new Object[] {filter("field", "cpu", "filter", "NaN", "typ", "number"), "filters.0.filter"},
                new Object[] {filter("field", "created_at", "filter", "yesterday", "typ", "date"), "filters.0.filter"},
                new Object[] {filter("field", "tags", "subfield", "$gt", "subfilter", "", "typ", "array"),
                        "filters.0.subfield"},
                new Object[] {filter("field", "name", "filter", "x", "typ", "script"), "filters.0.typ"},
                new Object[] {filter("filter", "x"), "filters.0.field"});
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aHostileValueIsA422NamingTheFilter(Map<String, Object> hostile, String named) {
        assertThatThrownBy(() -> ReportFilters.clauses(List.of(hostile), "filters"))
                .isInstanceOfSatisfying(ValidatorException.class, refused -> {
                    assertThat(refused.status().value()).isEqualTo(422);
                    assertThat(refused.details().get(0).context()).containsEntry("label", named);
                });
    }

    @Test
    void filtersThatAreNotAListAreRefused() {
        assertThatThrownBy(() -> ReportFilters.clauses(Map.of("$where", "1"), "filters"))
                .isInstanceOfSatisfying(ValidatorException.class,
                        refused -> assertThat(refused.details().get(0).context()).containsEntry("label", "filters"));
    }
}
