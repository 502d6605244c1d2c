package io.maestro.server.api.relation;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.User;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** server-app booted once for the relation tests, with a fresh signed-in user and an inventory writer per test. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
abstract class InventoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    Inventory inventory;
    User user;

    /** Prefix of the test user's name, so that failures say which suite made the records. */
    abstract String userPrefix();

    @BeforeEach
    void signIn() {
        api = new ApiClient(port, mongo);
        inventory = new Inventory(mongo, api);
        user = api.newUser(userPrefix());
    }
}
