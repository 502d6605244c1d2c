package io.maestro.analyticsfront;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@MaestroApiTest(classes = AnalyticsFrontApplication.class, properties = "spring.config.name=analytics-front")
class AnalyticsFrontApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "analytics-front";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("mongo");
    }

    /** 0.6's analytics-front answered {@code {app, description, version, api_timeout}}, as server-app does. */
    @Test
    void rootTellsTheTimeoutLike06() throws Exception {
        assertThat(JsonMapper.builder().build().readTree(get("/").body()).path("api_timeout").asLong())
                .isEqualTo(10000);
    }
}
