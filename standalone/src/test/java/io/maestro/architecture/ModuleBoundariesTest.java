package io.maestro.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A service never reaches into another: it talks to peers over HTTP or AMQP through contracts in {@code common}.
 * Only the standalone runtime, which starts them all, may see every service.
 */
class ModuleBoundariesTest {

    static final List<String> SERVICES = List.of("server", "data", "discovery", "reports", "analytics",
            "analyticsfront", "audit", "scheduler", "websocket", "client");

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // test harnesses shipped as test-jars (discovery's boots other services in one JVM) are tests too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.maestro");
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

    @Test
    void commonDependsOnNoService() {
        String[] services = SERVICES.stream().map(s -> "io.maestro." + s + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("io.maestro.common..")
                .should().dependOnClassesThat().resideInAnyPackage(services)
                .check(classes);
        noClasses().that().resideInAPackage("io.maestro.common..")
                .should().dependOnClassesThat().resideInAPackage("io.maestro.standalone..")
                .check(classes);
    }

    @TestFactory
    List<DynamicTest> domainAndStoreDoNotDependOnTheWebLayer() {
        return SERVICES.stream().map(service -> DynamicTest.dynamicTest(service + " domain/store ignore api", () ->
                noClasses().that().resideInAnyPackage("io.maestro." + service + ".domain..", "io.maestro." + service + ".store..")
                        .should().dependOnClassesThat().resideInAPackage("io.maestro." + service + ".api..")
                        .allowEmptyShould(true)
                        .check(classes))).toList();
    }
}
