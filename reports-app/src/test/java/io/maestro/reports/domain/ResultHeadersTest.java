package io.maestro.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultHeadersTest {

    @Test
    void wellKnownFieldsComeFirstDatesLastEmptyFieldsNever() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("created_at", "2021-01-01T00:00:00Z");
        first.put("zeta", "z");
        first.put("roles", List.of(Map.of("_id", "x")));
        first.put("hostname", "web-1");
        first.put("_id", "5f0c3c2b9d1e8a0012345678");
        first.put("empty", "");
        first.put("nothing", List.of());
        first.put("alpha", "a");
        Map<String, Object> second = Map.of("active", true, "updated_at", "2021-01-02T00:00:00Z", "later", 1);

        assertThat(ResultHeaders.of(List.of(first, second))).containsExactly("active", "hostname", "zeta", "alpha",
                "later", "roles", "updated_at", "created_at");
    }
}
