package io.maestro.common.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of a service through its HTTP API: the service on a random port, wired by {@link MaestroTestEnvironment}.
 * Test classes with the same {@link #classes} and {@link #properties} share one application context, so a class
 * gives properties of its own only when it needs them:
 *
 * <pre>{@code
 * @MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = MaestroTestEnvironment.class)
public @interface MaestroApiTest {

    /** The service's application class. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes();

    /** Properties of the test, {@code spring.config.name=<module>} first (the service's own config file). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties();
}
