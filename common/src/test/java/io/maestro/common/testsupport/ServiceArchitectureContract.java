package io.maestro.common.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The boundaries every Maestro service keeps (docs/architecture.md), checked by the service's own build. A service
 * adopts them with one class naming its package under {@code io.maestro}:
 *
 * <pre>{@code
 * class ServerArchitectureTest extends ServiceArchitectureContract {
 *     ServerArchitectureTest() {
 *         super("server");
 *     }
 * }
 * }</pre>
 *
 * A service's code sits in slots: {@code api} (HTTP and WebSocket endpoints), {@code domain} (the rules, and the
 * interfaces — ports — through which they reach storage and peers), {@code store} and {@code messaging} (adapters
 * that implement or use those ports), {@code config} (wiring) and, for a service with plug-in sources,
 * {@code provider}. A rule on a slot the service does not have yet passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitectureContract {

    private final String root;
    private JavaClasses classes;

    /** @param service the service's package under {@code io.maestro}, e.g. {@code server} */
    protected ServiceArchitectureContract(String service) {
        this.root = "io.maestro." + service;
    }

    /**
     * The production classes of {@code packageName} and its sub-packages. Test classes and test-jars (the harnesses
     * modules share, this class among them) are left out; the classes they use are known by name only, which is all
     * the rules need: importing those too (the AWS SDK behind discovery's providers) would take a minute.
     */
    public static JavaClasses productionClasses(String packageName) {
        ClassFileImporter importer = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"));
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return importer.importPackages(packageName);
        });
    }

    @BeforeAll
    void importProductionClasses() {
        classes = productionClasses(root);
    }

    @Test
    void theServiceHasClassesToCheck() {
        assertThat(classes).as("production classes in %s", root).isNotEmpty();
    }

    /** Services talk over HTTP and AMQP through contracts in {@code common}; none compiles against another. */
    @Test
    void usesNoOtherServiceOnlyCommon() {
        noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage("io.maestro..")
                        .and(resideOutsideOfPackages(root + "..", "io.maestro.common..")))
                .check(classes);
    }

    /** The domain declares the ports it needs; the adapters implement them, so the domain never names an adapter. */
    @Test
    void domainDependsOnNoEndpointAndNoAdapter() {
        noClasses().that().resideInAPackage(slot("domain"))
                .should().dependOnClassesThat().resideInAnyPackage(slot("api"), slot("store"), slot("messaging"))
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Providers are reached through the provider interface in {@code provider} itself, never by their own packages. */
    @Test
    void domainReachesProvidersThroughTheirInterface() {
        noClasses().that().resideInAPackage(slot("domain"))
                .should().dependOnClassesThat().resideInAPackage(root + ".provider.*..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Adapters serve the domain; what the endpoints shape for their callers is theirs alone. */
    @Test
    void adaptersDependOnNoEndpoint() {
        noClasses().that().resideInAnyPackage(slot("store"), slot("messaging"), slot("provider"))
                .should().dependOnClassesThat().resideInAPackage(slot("api"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void slotsAreFreeOfCycles() {
        slices().matching(root + ".(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * One provider (a cloud, a file import) never uses another: what they share is the provider interface in
     * {@code provider} and the helpers in {@code provider.support}.
     */
    @Test
    void providersDoNotDependOnEachOther() {
        slices().matching(root + ".provider.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage(root + ".provider.."), resideInAPackage(root + ".provider.support.."))
                .allowEmptyShould(true)
                .check(classes);
    }

    private String slot(String name) {
        return root + "." + name + "..";
    }
}
