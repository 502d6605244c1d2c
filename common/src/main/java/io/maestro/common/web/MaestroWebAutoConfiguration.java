package io.maestro.common.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/**
 * The error envelope for every servlet service: the controller advice, and an {@code /error} controller that
 * takes the place of Boot's (hence before its auto-configuration, which backs off when one exists).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({MaestroExceptionHandler.class, MaestroErrorController.class})
public class MaestroWebAutoConfiguration {
}
