package io.maestro.common.web;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * The error envelope and the request limits of every servlet service: the controller advice, an {@code /error}
 * controller that takes the place of Boot's (hence before its auto-configuration, which backs off when one exists),
 * the request body limit ({@code maestro.http.max-body-size}, {@code MAESTRO_MAX_BODY_SIZE}, 1 MB unless the
 * service's own config says otherwise), one trailing slash ignored on every route, and, on Tomcat, the envelope for
 * requests Tomcat itself refuses.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({MaestroExceptionHandler.class, MaestroErrorController.class})
public class MaestroWebAutoConfiguration {

    /** The largest request body, e.g. {@code 1MB} (1,048,576 bytes) or {@code 512KB}. */
    static final String MAX_BODY_SIZE = "${maestro.http.max-body-size:${MAESTRO_MAX_BODY_SIZE:1MB}}";

    /** Early, so that no filter reads a body before it is limited (Spring's form filter reads PUT forms). */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(Environment environment) {
        DataSize maxBodySize = DataSize.parse(environment.resolveRequiredPlaceholders(MAX_BODY_SIZE));
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBodySize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * {@code /servers/} is {@code /servers}, on every route of every service: Maestro 0.6 (Express, non-strict routing)
     * answered both, 0.6 clients send both, and the list envelopes' own links end in {@code /?page=}. First of all
     * filters, so that security and every mapping see the one form.
     */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> registration =
                new FilterRegistrationBean<>(UrlHandlerFilter.trailingSlashHandler("/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrors {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> maestroErrorReportValve() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(MaestroErrorReportValve.class.getName());
                }
            });
        }
    }
}
