package io.maestro.common.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class AclTest {

    static final String ALICE_ID = "5f1c0c6e2b3a4d5e6f708192";
    static final Caller ALICE = Caller.user(ALICE_ID, "Alice", "alice@example.com");

    @Test
    void rolesAreTheZeroSixLevels() {
        assertThat(AclRoles.READ).isEqualTo(1);
        assertThat(AclRoles.WRITE).isEqualTo(3);
        assertThat(AclRoles.ADMIN).isEqualTo(7);
        assertThat(AclRoles.isRole(2)).isFalse();
    }

    @Test
    void filterMatchesTheCallerWithAtLeastTheNeededRole() {
        assertThat(AclFilter.requiring(ALICE, AclRoles.WRITE)).isEqualTo(new Document("roles", new Document("$elemMatch",
                new Document("_id", new ObjectId(ALICE_ID)).append("role", new Document("$gte", 3)))));
    }

    @Test
    void teamsUseTheirMembersArray() {
        Document filter = AclFilter.requiring(AclFilter.MEMBERS, ALICE, AclRoles.ADMIN);

        assertThat(filter).containsOnlyKeys("members");
        assertThat(filter.get("members", Document.class).get("$elemMatch", Document.class))
                .containsEntry("role", new Document("$gte", 7));
    }

    @Test
    void neededRoleMustBeALevel() {
        assertThatThrownBy(() -> AclFilter.requiring(ALICE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AclFilter.requiring(ALICE, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void callerNeedsAnObjectIdAndAKnownCollection() {
        assertThatThrownBy(() -> Caller.user("alice", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Caller.user(null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller(ALICE_ID, "projects", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Caller.team(ALICE_ID, "ops", null).refs()).isEqualTo("teams");
    }

    @Test
    void creatorOwnsTheRecordWithTheAdminRole() {
        assertThat(CreatorAcl.owner(ALICE)).isEqualTo(new Document("_id", new ObjectId(ALICE_ID))
                .append("email", "alice@example.com").append("refs", "users").append("name", "Alice"));
        assertThat(CreatorAcl.entry(ALICE)).isEqualTo(new Document("_id", new ObjectId(ALICE_ID))
                .append("email", "alice@example.com").append("refs", "users").append("name", "Alice").append("role", 7));
    }

    @Test
    void ownerLeavesOutWhatIsNotKnown() {
        Caller team = Caller.team(ALICE_ID, null, null);

        assertThat(CreatorAcl.owner(team)).isEqualTo(new Document("_id", new ObjectId(ALICE_ID)).append("refs", "teams"));
    }
}
