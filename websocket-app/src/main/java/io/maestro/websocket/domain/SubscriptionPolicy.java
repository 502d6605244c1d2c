package io.maestro.websocket.domain;

import org.springframework.stereotype.Component;

/** Who may listen where: a user on its own channel and on the channels of the active teams it is a member of. */
@Component
public class SubscriptionPolicy {

    private final TeamMembership teams;

    public SubscriptionPolicy(TeamMembership teams) {
        this.teams = teams;
    }

    /** @throws CheckUnavailableException when team membership cannot be checked right now */
    public boolean maySubscribe(String userId, String channel) {
        String tenant = Channels.tenantOf(channel);
        if (tenant.equals(userId)) {
            return true;
        }
        return Channels.isObjectId(tenant) && teams.isMember(userId, tenant);
    }
}
