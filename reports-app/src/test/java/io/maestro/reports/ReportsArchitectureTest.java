package io.maestro.reports;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class ReportsArchitectureTest extends ServiceArchitectureContract {

    ReportsArchitectureTest() {
        super("reports");
    }
}
