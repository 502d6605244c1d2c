package io.maestro.server.api.resource;

import io.maestro.common.acl.Caller;
import io.maestro.common.token.SessionUser;
import io.maestro.common.web.PermissionException;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.team.TeamScope;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves who a resource route runs as: the signed-in user, or under {@code /teams/:id/...} the team (see
 * {@link TeamScope}). The resolved {@link Actor} is also left on the request as {@link #ACTOR_ATTRIBUTE}, so that
 * later steps (audit) know the real user. Controllers of per-entity extra routes call this too.
 */
@Component
public class Actors {

    public static final String ACTOR_ATTRIBUTE = Actors.class.getName() + ".actor";

    private final TeamScope teamScope;

    public Actors(TeamScope teamScope) {
        this.teamScope = teamScope;
    }

    /**
     * @param teamId         the team of a {@code /teams/:id/...} route, or null on a personal route
     * @param neededTeamRole the team role a member needs for this route (ignored on personal routes)
     */
    public Actor resolve(String teamId, int neededTeamRole, HttpServletRequest request) {
        Caller user = currentUser();
        Actor actor = teamId == null ? Actor.personal(user) : teamScope.actor(user, teamId, neededTeamRole);
        request.setAttribute(ACTOR_ATTRIBUTE, actor);
        return actor;
    }

    private static Caller currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SessionUser user) {
            return Caller.user(user.id(), user.name(), user.email());
        }
        // the filter chain lets only session users reach these routes; anything else is a wiring mistake
        throw new PermissionException("A signed-in user is required");
    }
}
