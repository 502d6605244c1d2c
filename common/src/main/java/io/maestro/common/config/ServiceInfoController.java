package io.maestro.common.config;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /} → {@code {app, description, version, ...}}, open to anyone, as in Maestro 0.6. */
@RestController
public class ServiceInfoController {

    private final ServiceInfoProperties info;
    private final List<ServiceInfoContributor> contributors;

    public ServiceInfoController(ServiceInfoProperties info, List<ServiceInfoContributor> contributors) {
        this.info = info;
        this.contributors = contributors;
    }

    @GetMapping("/")
    @Operation(summary = "Name, description and version of this service")
    public Map<String, Object> info() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("app", info.name());
        body.put("description", info.description());
        body.put("version", info.version());
        contributors.forEach(contributor -> contributor.contribute(body));
        return body;
    }
}
