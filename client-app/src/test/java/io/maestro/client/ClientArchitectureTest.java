package io.maestro.client;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class ClientArchitectureTest extends ServiceArchitectureContract {

    ClientArchitectureTest() {
        super("client");
    }
}
