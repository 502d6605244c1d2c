package io.maestro.websocket;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = WebsocketApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=websocket-app")
@ContextConfiguration(initializers = MaestroTestEnvironment.class)
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
