package io.maestro.discovery;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class DiscoveryArchitectureTest extends ServiceArchitectureContract {

    DiscoveryArchitectureTest() {
        super("discovery");
    }
}
