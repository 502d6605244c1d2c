package io.maestro.client;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = ClientApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=client-app")
@ContextConfiguration(initializers = MaestroTestEnvironment.class)
class ClientApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "client-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of();
    }

    @Override
    protected int anonymousUnknownPathStatus() {
        return 404;
    }
}
