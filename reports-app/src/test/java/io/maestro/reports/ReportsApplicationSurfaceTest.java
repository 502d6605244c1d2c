package io.maestro.reports;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

@MaestroApiTest(classes = ReportsApplication.class, properties = "spring.config.name=reports-app")
class ReportsApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "reports-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("mongo", "rabbit");
    }
}
