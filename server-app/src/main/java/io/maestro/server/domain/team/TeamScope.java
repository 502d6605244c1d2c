package io.maestro.server.domain.team;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.acl.Caller;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.PermissionException;
import io.maestro.server.domain.resource.AclEntries;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Who a {@code /teams/:id/...} route runs as (Maestro 0.6 §2.3): the user must be a member of the active team
 * {@code :id}; then the operation runs as the team identity {@code {_id, name, email, refs:"teams"}}, with the user
 * kept for audit. A user who is not a member gets 404 (the team is not theirs to see); a member whose team role is
 * below what the route needs (1 read, 3 write and ACL changes, 7 delete) gets 403.
 */
@Service
public class TeamScope {

    private final ResourceStore store;

    public TeamScope(ResourceStore store) {
        this.store = store;
    }

    public Actor actor(Caller user, String teamId, int neededRole) {
        if (!ObjectId.isValid(teamId)) {
            throw new NotFoundException();
        }
        Document filter = new Document("_id", new ObjectId(teamId)).append("active", true)
                .append("$and", List.of(AclFilter.requiring(AclFilter.MEMBERS, user, AclRoles.READ)));
        Document team = store.findOne(TeamsResource.COLLECTION, filter,
                new Document("name", 1).append("email", 1).append(AclFilter.MEMBERS, 1));
        if (team == null) {
            throw new NotFoundException();
        }
        int held = AclEntries.roleOf(team.get(AclFilter.MEMBERS), user.objectId());
        if (held < neededRole) {
            throw new PermissionException("This needs team role " + neededRole + "; you have " + held);
        }
        return Actor.team(Caller.team(teamId, team.getString("name"), team.getString("email")), user);
    }
}
