package io.maestro.server;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class ServerArchitectureTest extends ServiceArchitectureContract {

    ServerArchitectureTest() {
        super("server");
    }
}
