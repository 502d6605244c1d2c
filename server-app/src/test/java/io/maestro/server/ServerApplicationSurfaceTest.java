package io.maestro.server;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.ServiceSurfaceContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class ServerApplicationSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected String expectedAppName() {
        return "server-app";
    }

    @Override
    protected List<String> expectedHealthComponents() {
        return List.of("mongo", "rabbit");
    }

    @Test
    void rootAlsoTellsTheApiTimeout() throws Exception {
        assertThat(JSON.readTree(get("/").body()).path("api_timeout").asLong()).isEqualTo(10000L);
    }
}
