package io.maestro.server.domain.resource;

import io.maestro.common.acl.Caller;

/**
 * Who a resource operation runs as, and who asked. Under {@code /teams/:id/...} Maestro 0.6 ran the handler as the team
 * (records created there are owned by the team); {@code user} keeps the signed-in person for audit.
 *
 * @param actingAs the identity the ACL is checked against and that owns what gets created: the user, or a team
 * @param user     the signed-in user who made the request
 */
public record Actor(Caller actingAs, Caller user) {

    public static Actor personal(Caller user) {
        return new Actor(user, user);
    }

    public static Actor team(Caller team, Caller user) {
        return new Actor(team, user);
    }

    public boolean inTeamScope() {
        return Caller.TEAMS.equals(actingAs.refs());
    }
}
