package io.maestro.reports;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = ReportsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=reports-app")
@ContextConfiguration(initializers = MaestroTestEnvironment.class)
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
