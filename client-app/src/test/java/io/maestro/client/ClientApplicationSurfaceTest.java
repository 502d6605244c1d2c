package io.maestro.client;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The common surface. These requests send no {@code Accept: text/html}, so {@code GET /} is the service description;
 * browsers get the dashboard there instead ({@code DashboardServingTest}). Unknown paths are 404, not 401: nothing
 * here needs a token, and the SPA routes in the URL hash, so no path falls back to index.html.
 */
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
