package io.maestro.client;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import java.util.List;

/**
 * The common surface. These requests send no {@code Accept: text/html}, so {@code GET /} is the service description;
 * browsers get the dashboard there instead ({@code DashboardServingTest}). Unknown paths are 404, not 401: nothing
 * here needs a token, and the SPA routes in the URL hash, so no path falls back to index.html.
 */
@MaestroApiTest(classes = ClientApplication.class, properties = "spring.config.name=client-app")
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
