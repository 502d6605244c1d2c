package io.maestro.client.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the browser finds the other services, from the env vars of Maestro 0.6's client container ({@code API_URL},
 * {@code STATIC_URL}, {@code ANALYTICS_URL}, {@code WEBSOCKET_URL}, {@code LOGO}, {@code THEME}; see client-app.yml).
 * A blank value is left to the page, which derives it from its own host name.
 */
@ConfigurationProperties("maestro.client")
public record DashboardProperties(String apiUrl, String staticUrl, String analyticsUrl, String websocketUrl, String logo,
        String theme) {

    /** The settings that were given, under the names the SPA reads ({@code apiUrl}, ...). */
    public Map<String, String> givenSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        putIfGiven(settings, "apiUrl", apiUrl);
        putIfGiven(settings, "staticUrl", staticUrl);
        putIfGiven(settings, "analyticsUrl", analyticsUrl);
        putIfGiven(settings, "websocketUrl", websocketUrl);
        putIfGiven(settings, "logo", logo);
        putIfGiven(settings, "theme", theme);
        return settings;
    }

    private static void putIfGiven(Map<String, String> settings, String name, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(name, value.trim());
        }
    }
}
