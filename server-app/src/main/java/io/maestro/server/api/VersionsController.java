package io.maestro.server.api;

import io.maestro.server.domain.ServiceVersions;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class VersionsController {

    private final ServiceVersions versions;

    VersionsController(ServiceVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/versions")
    @Operation(summary = "Every Maestro service with its version and whether it is UP or DOWN")
    List<Map<String, Object>> versions() {
        return versions.all();
    }
}
