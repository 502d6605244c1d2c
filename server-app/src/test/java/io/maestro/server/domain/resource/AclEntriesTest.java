package io.maestro.server.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.maestro.common.web.ConflictException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class AclEntriesTest {

    static final String ID = "0123456789abcdef01234567";

    @Test
    void readsAnEntryWithRoleAsNumberOrNumericStringAndDropsOtherKeys() {
        Document entry = AclEntries.entry(Map.of("id", ID, "refs", "teams", "role", "3", "name", "ops",
                "_links", Map.of()), null);

        assertThat(entry).containsOnlyKeys("_id", "refs", "role", "name");
        assertThat(entry.get("_id")).isEqualTo(new ObjectId(ID));
        assertThat(entry.get("role")).isEqualTo(3);
        assertThat(AclEntries.entry(Map.of("_id", ID, "refs", "users", "role", 7), null).get("role")).isEqualTo(7);
    }

    @Test
    void refusesOtherRolesRefsAndIds() {
        List<ValidationDetail> details = catchThrowableOfType(ValidatorException.class,
                () -> AclEntries.entry(Map.of("id", "xyz", "refs", "robots", "role", 2), null)).details();

        assertThat(details).extracting(detail -> detail.path().get(0)).containsExactly("_id", "refs", "role");
    }

    @Test
    void theIdOfThePathWinsOverTheBody() {
        String other = new ObjectId().toHexString();
        assertThat(AclEntries.entry(Map.of("id", ID, "refs", "users", "role", 1), other).get("_id"))
                .isEqualTo(new ObjectId(other));
    }

    @Test
    void anArrayNamesTheFailingIndexAndRefusesDuplicates() {
        List<ValidationDetail> details = catchThrowableOfType(ValidatorException.class, () -> AclEntries.array(List.of(
                Map.of("_id", ID, "refs", "users", "role", 7),
                Map.of("_id", ID, "refs", "users", "role", 1),
                Map.of("refs", "users", "role", 9)))).details();

        assertThat(details).extracting(ValidationDetail::path).containsExactly(List.of(1, "_id"), List.of(2, "role"));
        assertThatThrownBy(() -> AclEntries.array(Map.of())).isInstanceOf(ValidatorException.class);
    }

    @Test
    void anAclWithoutAdminIsAConflict() {
        Document reader = new Document("_id", new ObjectId()).append("refs", "users").append("role", 1);
        assertThatThrownBy(() -> AclEntries.requireAdmin(List.of(reader))).isInstanceOf(ConflictException.class);
        AclEntries.requireAdmin(List.of(reader, new Document(reader).append("role", 7)));
    }

    @Test
    void roleOfIsTheHighestRoleOfTheId() {
        ObjectId id = new ObjectId();
        List<Document> entries = List.of(new Document("_id", id).append("role", 1), new Document("_id", id).append("role", 3),
                new Document("_id", new ObjectId()).append("role", 7));

        assertThat(AclEntries.roleOf(entries, id)).isEqualTo(3);
        assertThat(AclEntries.roleOf(entries, new ObjectId())).isZero();
        assertThat(AclEntries.without(entries, id)).hasSize(1);
    }
}
