package io.maestro.discovery;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = DiscoveryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=discovery-app", "maestro.discovery.queue=discovery-surface-test",
                "maestro.messaging.queues=discovery-surface-test"})
@ContextConfiguration(initializers = MaestroTestEnvironment.class)
class DiscoveryApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "discovery-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("rabbit");
    }
}
