package io.maestro.audit;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

@MaestroApiTest(classes = AuditApplication.class, properties = "spring.config.name=audit-app")
class AuditApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "audit-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("mongo", "rabbit");
    }
}
