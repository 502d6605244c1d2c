package io.maestro.analyticsfront;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

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
}
