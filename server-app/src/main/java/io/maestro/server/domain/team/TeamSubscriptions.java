package io.maestro.server.domain.team;

import io.maestro.common.audit.Change;
import io.maestro.server.domain.identity.SessionEndings;
import io.maestro.server.domain.resource.AclChanged;
import io.maestro.server.domain.resource.ResourceChanged;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.bson.types.ObjectId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may listen to a team's live notifications follows its {@code members} at once: a member removed from the team
 * (or a team deleted) stops receiving the team's pushes before the request that removed them is answered.
 */
@Component
class TeamSubscriptions {

    private final SessionEndings sessionEndings;

    TeamSubscriptions(SessionEndings sessionEndings) {
        this.sessionEndings = sessionEndings;
    }

    @EventListener
    void onMembersChanged(AclChanged changed) {
        if (isTeams(changed.definition())) {
            String teamId = changed.recordId().toHexString();
            changed.removedIds().forEach(member -> sessionEndings.leftTeam(member.toHexString(), teamId));
        }
    }

    @EventListener
    void onTeamDeleted(ResourceChanged changed) {
        if (isTeams(changed.definition()) && changed.change() == Change.DELETE
                && changed.record().get("_id") instanceof ObjectId teamId) {
            sessionEndings.teamDeleted(teamId.toHexString());
        }
    }

    private static boolean isTeams(ResourceDefinition definition) {
        return TeamsResource.COLLECTION.equals(definition.collection());
    }
}
