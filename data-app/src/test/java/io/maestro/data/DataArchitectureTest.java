package io.maestro.data;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class DataArchitectureTest extends ServiceArchitectureContract {

    DataArchitectureTest() {
        super("data");
    }
}
