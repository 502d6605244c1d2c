package io.maestro.websocket;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class WebsocketArchitectureTest extends ServiceArchitectureContract {

    WebsocketArchitectureTest() {
        super("websocket");
    }
}
