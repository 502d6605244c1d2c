package io.maestro.data;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

@MaestroApiTest(classes = DataApplication.class, properties = "spring.config.name=data-app")
class DataApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "data-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("mongo");
    }
}
