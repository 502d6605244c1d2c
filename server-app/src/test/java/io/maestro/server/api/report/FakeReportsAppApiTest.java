package io.maestro.server.api.report;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.User;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The set-up of server-app's report tests: server-app against a reports-app played by WireMock (one for every test
 * class, its stubs cleared before each test, stopped with the test JVM, since the classes' cached contexts all point
 * at it), and a new user per test.
 */
abstract class FakeReportsAppApiTest {

    static final WireMockServer REPORTS_APP = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        REPORTS_APP.start();
    }

    private final String userName;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;

    FakeReportsAppApiTest(String userName) {
        this.userName = userName;
    }

    @DynamicPropertySource
    static void reportsApp(DynamicPropertyRegistry registry) {
        registry.add("maestro.peers.report", REPORTS_APP::baseUrl);
    }

    @BeforeEach
    void setUpUserAndReportsApp() {
        REPORTS_APP.resetAll();
        api = new ApiClient(port, mongo);
        user = api.newUser(userName);
    }
}
