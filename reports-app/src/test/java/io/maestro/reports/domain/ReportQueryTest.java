package io.maestro.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.web.ValidatorException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportQueryTest {

    private static final String OWNER = "5f0c3c2b9d1e8a0012345678";

    @Test
    void aGeneralQueryKeepsTheOwnerOutsideTheFilters() {
        ReportQuery query = ReportQuery.general("Servers", List.of(Map.of("field", "roles._id",
                "filter", "5f0c3c2b9d1e8a00ffffffff", "typ", "select")), OWNER);

        assertThat(query.entity()).isEqualTo("servers");
        assertThat(query.query()).containsEntry("roles._id", OWNER)
                .containsEntry("$and", List.of(Map.of("roles._id", "5f0c3c2b9d1e8a00ffffffff")));
    }

    @Test
    void aGeneralQueryWithoutFiltersIsTheOwnerAlone() {
        assertThat(ReportQuery.general("clients", List.of(), OWNER).query()).isEqualTo(Map.of("roles._id", OWNER));
    }

    @Test
    void anUnknownComponentIsRefused() {
        assertThatThrownBy(() -> ReportQuery.general("users", List.of(), OWNER))
                .isInstanceOfSatisfying(ValidatorException.class,
                        refused -> assertThat(refused.details().get(0).context()).containsEntry("label", "component"));
    }

    @Test
    void aPivotJoinsEachEnabledLevelToThePreviousOneOwnedByTheOwner() {
        ReportQuery query = ReportQuery.pivot(Map.of(
                "clients", Map.of("enabled", true, "filters", List.of()),
                "systems", Map.of("enabled", true, "filters", List.of(Map.of("field", "name", "filter", "erp",
                        "typ", "select"))),
                "applications", Map.of("enabled", true),
                "servers", Map.of("enabled", false)), OWNER);

        assertThat(query.entity()).isEqualTo("clients");
        List<Map<String, Object>> stages = query.pipeline();
        assertThat(stages.get(0)).isEqualTo(Map.of("$match", Map.of("roles._id", OWNER)));
        assertThat(stages.get(2)).isEqualTo(Map.of("$addFields", Map.of("_pivot_link", Map.of("$toString", "$_id"))));
        assertThat(stages.get(3)).isEqualTo(Map.of("$lookup", Map.of("from", "systems", "localField", "_id",
                "foreignField", "clients._id", "as", "systems")));
        assertThat(stages.get(4)).isEqualTo(Map.of("$lookup", Map.of("from", "systems", "localField", "_pivot_link",
                "foreignField", "clients._id", "as", "_pivot_linked")));
        assertThat(stages.get(5)).isEqualTo(Map.of("$addFields", Map.of("systems",
                Map.of("$concatArrays", List.of("$systems", "$_pivot_linked")))));
        assertThat(stages.get(6)).isEqualTo(Map.of("$unwind", "$systems"));
        assertThat(stages.get(7)).isEqualTo(Map.of("$match", Map.of("$and", List.of(
                Map.of("systems.roles._id", OWNER), Map.of("systems.name", "erp")))));
        assertThat(stages.get(9)).isEqualTo(Map.of("$lookup", Map.of("from", "applications",
                "localField", "systems._id", "foreignField", "system._id", "as", "applications")));
        assertThat(stages.get(stages.size() - 1)).isEqualTo(Map.of("$project",
                Map.of("_pivot_link", 0, "_pivot_linked", 0)));
        assertThat(stages).hasSize(15);
    }

    @Test
    void aPivotWithAGapBetweenLevelsIsRefused() {
        assertThatThrownBy(() -> ReportQuery.pivot(Map.of("clients", Map.of("enabled", true),
                "servers", Map.of("enabled", true)), OWNER))
                .isInstanceOfSatisfying(ValidatorException.class, refused -> assertThat(
                        refused.details().get(0).context()).containsEntry("label", "filters.servers.enabled"));
    }

    @Test
    void aPivotWithoutLevelsOrWithAnUnknownOneIsRefused() {
        assertThatThrownBy(() -> ReportQuery.pivot(Map.of(), OWNER)).isInstanceOf(ValidatorException.class);
        assertThatThrownBy(() -> ReportQuery.pivot(Map.of("users", Map.of("enabled", true)), OWNER))
                .isInstanceOfSatisfying(ValidatorException.class, refused -> assertThat(
                        refused.details().get(0).context()).containsEntry("label", "filters.users"));
    }
}
