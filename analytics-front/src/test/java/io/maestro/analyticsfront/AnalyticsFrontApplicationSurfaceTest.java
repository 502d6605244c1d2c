package io.maestro.analyticsfront;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = AnalyticsFrontApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=analytics-front")
@ContextConfiguration(initializers = MaestroTestEnvironment.class)
class AnalyticsFrontApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "analytics-front";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("mongo");
    }
}
