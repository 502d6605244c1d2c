package io.maestro.analytics.config;

import io.maestro.analytics.domain.AnalyticsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** analytics-app's settings ({@code maestro.analytics.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
public class AnalyticsConfiguration {
}
