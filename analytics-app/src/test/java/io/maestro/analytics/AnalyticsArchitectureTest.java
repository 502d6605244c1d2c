package io.maestro.analytics;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class AnalyticsArchitectureTest extends ServiceArchitectureContract {

    AnalyticsArchitectureTest() {
        super("analytics");
    }
}
