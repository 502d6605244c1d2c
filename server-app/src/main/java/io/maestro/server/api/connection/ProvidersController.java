package io.maestro.server.api.connection;

import io.maestro.server.domain.connection.DiscoveryCatalogue;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The provider catalogue of discovery, for the connection wizard (§2.6), to any signed-in user: {@code GET /providers}
 * and {@code /providers/:provider} answer discovery's {@code /available/info[/<p>]}, {@code GET /providers/rules} and
 * {@code /providers/rules/:provider} its {@code /available/rules[/<p>]}. discovery down is 503.
 */
@RestController
public class ProvidersController {

    private final DiscoveryCatalogue discovery;

    public ProvidersController(DiscoveryCatalogue discovery) {
        this.discovery = discovery;
    }

    @GetMapping("/providers")
    public ResponseEntity<JsonNode> providers() {
        return ResponseEntity.ok(discovery.info(null));
    }

    @GetMapping("/providers/{provider}")
    public ResponseEntity<JsonNode> provider(@PathVariable("provider") String provider) {
        return ResponseEntity.ok(discovery.info(provider));
    }

    @GetMapping("/providers/rules")
    public ResponseEntity<JsonNode> rules() {
        return ResponseEntity.ok(discovery.rules(null));
    }

    @GetMapping("/providers/rules/{provider}")
    public ResponseEntity<JsonNode> rules(@PathVariable("provider") String provider) {
        return ResponseEntity.ok(discovery.rules(provider));
    }
}
