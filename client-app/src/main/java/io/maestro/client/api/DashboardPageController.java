package io.maestro.client.api;

import io.maestro.client.config.DashboardProperties;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser side of client-app. {@code GET /} answers a browser ({@code Accept: text/html}) with the SPA and every
 * other caller with the service description of {@code ServiceInfoController}, which Maestro's health checks read.
 */
@RestController
class DashboardPageController {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    private final DashboardProperties settings;
    private final JsonMapper json;

    DashboardPageController(DashboardProperties settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The dashboard (single-page application) for browsers")
    ResponseEntity<?> dashboard() {
        if (!INDEX.exists()) {
            return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN)
                    .body("This client-app was built without its front end (-Dskip.npm).");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML).body(INDEX);
    }

    /** Loaded by index.html before the application: the operator's settings, read when the page loads. */
    @GetMapping("/config.js")
    @Operation(summary = "Runtime settings of the dashboard (API_URL, STATIC_URL, ANALYTICS_URL, WEBSOCKET_URL, LOGO, THEME)")
    ResponseEntity<String> runtimeSettings() {
        String script = "window.MAESTRO_CONFIG = " + json.writeValueAsString(settings.givenSettings()) + ";\n";
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType("application/javascript")).body(script);
    }
}
