package io.maestro.scheduler;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

@MaestroApiTest(classes = SchedulerApplication.class, properties = "spring.config.name=scheduler-app")
class SchedulerApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "scheduler-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("mongo", "rabbit");
    }
}
