package io.maestro.server.domain.team;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.acl.Caller;
import io.maestro.common.audit.Change;
import io.maestro.common.web.ConflictException;
import io.maestro.server.domain.resource.AclEntries;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Takes a user who deletes their account out of every team's {@code members}. A team must keep an admin (role 7):
 * when the user is the only admin of a team that has other members, the deletion is refused (409, naming the teams)
 * until the user makes another member admin or deletes the team; a team whose only member is the user is deleted with
 * the account, since nobody could ever reach it again. Both changes are published as the user's writes (audited).
 */
@Service
public class TeamDeparture {

    private static final String MEMBERS = AclFilter.MEMBERS;

    private final ResourceStore store;
    private final ResourceService resources;
    private final List<ResourceDefinition> definitions;

    public TeamDeparture(ResourceStore store, ResourceService resources, List<ResourceDefinition> definitions) {
        this.store = store;
        this.resources = resources;
        this.definitions = definitions;
    }

    /** @throws ConflictException 409 naming the teams that would be left with members but no admin */
    public void requireAnotherAdminWhereNeeded(String userId) {
        ObjectId user = new ObjectId(userId);
        List<String> blocked = teamsOf(user).stream()
                .filter(team -> !soleMember(team, user) && soleAdmin(team, user))
                .map(team -> team.getString("name"))
                .toList();
        if (!blocked.isEmpty()) {
            throw new ConflictException("You are the only admin of the team(s) " + String.join(", ", blocked)
                    + ": make another member an admin (role 7) or delete the team before deleting your account");
        }
    }

    /** Removes the user from every team's members, deleting the teams that had no other member. */
    public void leaveAll(Caller user) {
        ObjectId id = user.objectId();
        Actor actor = Actor.personal(user);
        ResourceDefinition teams = teamsDefinition();
        for (Document team : teamsOf(id)) {
            Document filter = new Document("_id", team.getObjectId("_id"));
            if (soleMember(team, id)) {
                resources.systemUpdate(teams, actor, filter, new Document("$set", new Document("active", false)),
                        Change.DELETE);
            } else {
                resources.systemUpdate(teams, actor, filter,
                        new Document("$pull", new Document(MEMBERS, new Document("_id", id))), Change.PATCH);
            }
        }
    }

    private List<Document> teamsOf(ObjectId user) {
        return store.find(TeamsResource.COLLECTION, new Document("active", true).append(MEMBERS + "._id", user),
                new Document("name", 1).append(MEMBERS, 1), new Document("_id", 1), 0, 0);
    }

    private static boolean soleMember(Document team, ObjectId user) {
        return entries(team).stream().allMatch(entry -> user.equals(entry.get("_id")));
    }

    private static boolean soleAdmin(Document team, ObjectId user) {
        return AclEntries.roleOf(team.get(MEMBERS), user) == AclRoles.ADMIN
                && entries(team).stream().filter(entry -> !user.equals(entry.get("_id"))).noneMatch(TeamDeparture::isAdmin);
    }

    private static boolean isAdmin(Map<?, ?> entry) {
        return entry.get("role") instanceof Number role && role.intValue() == AclRoles.ADMIN;
    }

    private static List<Map<?, ?>> entries(Document team) {
        return team.get(MEMBERS) instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList() : List.of();
    }

    private ResourceDefinition teamsDefinition() {
        return definitions.stream().filter(definition -> TeamsResource.COLLECTION.equals(definition.collection()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No resource definition is registered for teams"));
    }
}
