package io.maestro.audit;

import io.maestro.common.testsupport.ServiceArchitectureContract;

class AuditArchitectureTest extends ServiceArchitectureContract {

    AuditArchitectureTest() {
        super("audit");
    }
}
