package io.maestro.reports.config;

import io.maestro.reports.domain.ReportsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** reports-app's settings ({@code maestro.reports.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
public class ReportsConfiguration {
}
