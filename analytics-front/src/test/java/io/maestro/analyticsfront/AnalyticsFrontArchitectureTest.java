package io.maestro.analyticsfront;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class AnalyticsFrontArchitectureTest extends ServiceArchitectureContract {

    AnalyticsFrontArchitectureTest() {
        super("analyticsfront");
    }
}
