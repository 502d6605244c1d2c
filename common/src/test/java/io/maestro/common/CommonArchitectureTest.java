package io.maestro.common;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import io.maestro.common.testsupport.ServiceArchitectureContract;
import org.junit.jupiter.api.Test;

/** What the services share knows none of them (docs/architecture.md). */
class CommonArchitectureTest {

    @Test
    void commonDependsOnNoService() {
        noClasses().that().resideInAPackage("io.maestro.common..")
                .should().dependOnClassesThat(resideInAPackage("io.maestro..")
                        .and(resideOutsideOfPackage("io.maestro.common..")))
                .check(ServiceArchitectureContract.productionClasses("io.maestro.common"));
    }
}
