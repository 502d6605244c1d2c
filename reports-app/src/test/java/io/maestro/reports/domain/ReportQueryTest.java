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
        String other = "5f0c3c2b9d1e8a00ffffffff";
        assertThat(query.query()).containsEntry("roles._id", OWNER).containsEntry("$and", List.of(Map.of("$or",
                List.of(Map.of("roles._id", other), Map.of("roles._id", Map.of("$regex", "^" + other + "$"))))));
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

        assertThat(query.pivot()).isTrue();
        assertThat(query.entity()).isEqualTo("clients");
        assertThat(query.query()).isEqualTo(Map.of("roles._id", OWNER));
        assertThat(query.joins()).containsExactly(
                new ReportQuery.Join("systems", "clients._id", Map.of("roles._id", OWNER,
                        "$and", List.of(Map.of("name", "erp")))),
                new ReportQuery.Join("applications", "system._id", Map.of("roles._id", OWNER)));
    }

    @Test
    void aPivotOfOneLevelJoinsNothing() {
        ReportQuery query = ReportQuery.pivot(Map.of("servers", Map.of("enabled", "true")), OWNER);

        assertThat(query.entity()).isEqualTo("servers");
        assertThat(query.joins()).isEmpty();
        assertThat(query.pivot()).isTrue();
        assertThat(ReportQuery.general("servers", List.of(), OWNER).pivot()).isFalse();
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
