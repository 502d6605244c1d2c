package io.maestro.websocket;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

@MaestroApiTest(classes = WebsocketApplication.class, properties = "spring.config.name=websocket-app")
class WebsocketApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "websocket-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("rabbit");
    }
}
