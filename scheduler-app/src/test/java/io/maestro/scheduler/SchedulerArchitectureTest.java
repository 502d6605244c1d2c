package io.maestro.scheduler;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class SchedulerArchitectureTest extends ServiceArchitectureContract {

    SchedulerArchitectureTest() {
        super("scheduler");
    }
}
