package io.maestro.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.maestro.common.testsupport.ServiceArchitectureContract;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A service never reaches into another: it talks to peers over HTTP or AMQP through contracts in {@code common}.
 * Only the standalone runtime, which starts them all, may see every service. Each service checks its own boundaries
 * too ({@link ServiceArchitectureContract}, docs/architecture.md); this checks them all together, as they run here.
 */
class ModuleBoundariesTest {

    static final List<String> SERVICES = List.of("server", "data", "discovery", "reports", "analytics",
            "analyticsfront", "audit", "scheduler", "websocket", "client");

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ServiceArchitectureContract.productionClasses("io.maestro");
    }

    @Test
    void everyServiceIsOnTheClassPathToBeChecked() {
        for (String service : SERVICES) {
            boolean present = classes.stream().anyMatch(c -> c.getPackageName().equals("io.maestro." + service)
                    || c.getPackageName().startsWith("io.maestro." + service + "."));
            assertThat(present).as("classes of io.maestro.%s", service).isTrue();
        }
    }

    @TestFactory
    List<DynamicTest> noServiceDependsOnAnotherService() {
        return SERVICES.stream().map(service -> DynamicTest.dynamicTest(service + " uses only common", () -> {
            String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                    .map(other -> "io.maestro." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("io.maestro." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        })).toList();
    }
}
