package io.maestro.server.api.analytics;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.analytics.GraphShares;
import io.maestro.server.domain.resource.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /graphs/:id/public} (team form under {@code /teams/:id}) {@code {public: bool}} (default true): 201 with
 * {@code {id, token, timestamp}}; the public link is {@code <analytics-front>/graphs/public/<id>?token=<token>}.
 */
@RestController
public class GraphSharesController {

    private final GraphShares shares;
    private final Actors actors;

    public GraphSharesController(GraphShares shares, Actors actors) {
        this.shares = shares;
        this.actors = actors;
    }

    @PostMapping({"/graphs/{id}/public", "/teams/{teamId}/graphs/{id}/public"})
    public ResponseEntity<Map<String, Object>> share(@PathVariable(name = "teamId", required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Map<String, Object> body,
            HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(shares.share(actor, id, shared(body)));
    }

    /**
     * {@code public} as sent, true when absent. Anything but a boolean is refused: a {@code 0} or a {@code "false"}
     * meant to unshare would otherwise publish the map.
     */
    private static boolean shared(Map<String, Object> body) {
        Object value = body == null ? null : body.get("public");
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new ValidatorException(ValidationDetail.field("public", "boolean.base", "must be a boolean"));
    }

    /** {@code POST /graphs/:id/view}: {@code {token, expires_in}} for {@code <analytics-front>/graphs/<id>?view=}. */
    @PostMapping({"/graphs/{id}/view", "/teams/{teamId}/graphs/{id}/view"})
    public Map<String, Object> view(@PathVariable(name = "teamId", required = false) String teamId,
            @PathVariable("id") String id, HttpServletRequest request) {
        return shares.viewToken(actors.resolve(teamId, AclRoles.READ, request), id);
    }
}
