package io.maestro.analytics;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

@MaestroApiTest(classes = AnalyticsApplication.class, properties = "spring.config.name=analytics-app")
class AnalyticsApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "analytics-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("rabbit");
    }
}
