package io.maestro.discovery;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

@MaestroApiTest(classes = DiscoveryApplication.class,
        properties = {"spring.config.name=discovery-app", "maestro.discovery.queue=discovery-surface-test",
                "maestro.messaging.queues=discovery-surface-test"})
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
