package io.maestro.common.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which browser origins may call a service (compatibility.md S10): the comma-separated origin patterns of
 * {@code MAESTRO_CORS_ORIGINS} (e.g. {@code http://localhost:8080,https://*.example.com}), where Maestro 0.6 allowed
 * {@code *}. Unset means no cross-origin calls; {@code ./maestro up} allows its own dashboard.
 */
public final class MaestroCors {

    public static final String VARIABLE = "MAESTRO_CORS_ORIGINS";

    private MaestroCors() {
    }

    public static CorsConfigurationSource configurationSource(Environment environment) {
        List<String> origins = Arrays.stream(environment.getProperty(VARIABLE, "").split(","))
                .map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOriginPatterns(origins);
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Requested-With"));
        configuration.setExposedHeaders(List.of("Retry-After", "Content-Disposition"));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
