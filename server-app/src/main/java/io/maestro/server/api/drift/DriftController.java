package io.maestro.server.api.drift;

import io.maestro.common.acl.AclRoles;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.drift.DriftService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /drift} (team form {@code /teams/:id/drift}, team role 1): resources running but declared in no Terraform
 * state ({@code unmanaged}), declared but not running ({@code missing}), and declared-vs-running differences
 * ({@code changed}), over what the caller may read (docs/drift.md).
 */
@RestController
public class DriftController {

    private final DriftService drift;
    private final Actors actors;

    public DriftController(DriftService drift, Actors actors) {
        this.drift = drift;
        this.actors = actors;
    }

    @GetMapping({"/drift", "/teams/{teamId}/drift"})
    public Map<String, Object> drift(@PathVariable(name = "teamId", required = false) String teamId,
            HttpServletRequest request) {
        return drift.drift(actors.resolve(teamId, AclRoles.READ, request));
    }
}
