package io.maestro.server.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.server.api.relation.Inventory.Grant;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** §2.6 datacenters: the servers of a datacenter, their count, and the orphans no discovery connection accounts for. */
class DatacenterServersApiTest extends InventoryApiTest {

    @Override
    String userPrefix() {
        return "dc";
    }

    String datacenter(Grant... grants) {
        return inventory.insert("datacenters", new Document("name", "dc-" + new ObjectId()).append("provider", "AWS"), grants);
    }

    /** A server in the datacenter; {@code dcId} as the stored value (ObjectId or hex string, as discovery writes it). */
    String server(String name, Object dcId, Document extra, Grant... grants) {
        Document fields = new Document("name", name).append("datacenters", new Document("_id", dcId).append("name", "dc"));
        fields.putAll(extra);
        return inventory.insert("servers", fields, grants);
    }

    static List<String> names(Reply list) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : list.at("/items")) {
            names.add(item.get("name").asString());
        }
        return names;
    }

    @Test
    void listsAndCountsTheServersOfTheDatacenterTheCallerCanRead() {
        String dc = datacenter(Grant.user(user, 1));
        server("manual", new ObjectId(dc), new Document(), Grant.user(user, 1));
        server("discovered", dc, new Document("accountant", List.of(new ObjectId().toHexString())), Grant.user(user, 7));
        server("hidden", dc, new Document(), Grant.user(api.newUser("other"), 7));
        server("elsewhere", new ObjectId(), new Document(), Grant.user(user, 7));
        server("deleted", dc, new Document("active", false), Grant.user(user, 7));

        Reply list = api.get(user, "/datacenters/" + dc + "/servers");

        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.at("/found").asLong()).isEqualTo(2);
        assertThat(list.at("/limit").asInt()).isEqualTo(20);
        assertThat(names(list)).containsExactlyInAnyOrder("manual", "discovered");
        assertThat(list.at("/items/0/_links/_self/href").asString()).startsWith("/servers/");
        assertThat(api.get(user, "/datacenters/" + dc + "/servers/count").at("/count").asLong()).isEqualTo(2);
        assertThat(names(api.get(user, "/datacenters/" + dc + "/servers?name=manual"))).containsExactly("manual");
        assertThat(api.get(user, "/datacenters/" + dc + "/servers/count?name=manual").at("/count").asLong()).isEqualTo(1);
    }

    @Test
    void orphansAreTheServersNoConnectionDiscovered() {
        String dc = datacenter(Grant.user(user, 7));
        server("manual", dc, new Document(), Grant.user(user, 1));
        server("emptied", new ObjectId(dc), new Document("accountant", List.of()), Grant.user(user, 1));
        server("discovered", dc, new Document("accountant", List.of(new ObjectId().toHexString())), Grant.user(user, 1));

        Reply orphans = api.get(user, "/datacenters/" + dc + "/orphans");

        assertThat(orphans.status()).as(orphans.raw()).isEqualTo(200);
        assertThat(names(orphans)).containsExactlyInAnyOrder("manual", "emptied");
        assertThat(orphans.at("/limit").asInt()).isEqualTo(100);
        Reply firstPage = api.get(user, "/datacenters/" + dc + "/orphans?limit=1&orderBy=name&ascending=1");
        assertThat(names(firstPage)).containsExactly("emptied");
        assertThat(firstPage.at("/total_pages").asLong()).isEqualTo(2);
    }

    @Test
    void anUnreadableOrUnknownDatacenterIs404() {
        User stranger = api.newUser("stranger");
        String dc = datacenter(Grant.user(user, 7));
        server("manual", dc, new Document(), Grant.user(stranger, 7));

        assertThat(api.get(stranger, "/datacenters/" + dc + "/servers").status()).isEqualTo(404);
        assertThat(api.get(stranger, "/datacenters/" + dc + "/servers/count").status()).isEqualTo(404);
        assertThat(api.get(stranger, "/datacenters/" + dc + "/orphans").status()).isEqualTo(404);
        assertThat(api.get(user, "/datacenters/" + new ObjectId() + "/servers").status()).isEqualTo(404);
        Reply malformed = api.get(user, "/datacenters/not-an-id/orphans");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.at("/err/name").asString()).isEqualTo("NotFoundError");
        assertThat(api.get(user, "/datacenters/" + dc + "/servers?limit=x").status()).isEqualTo(400);
    }

    @Test
    void teamFormsListAsTheTeam() {
        User member = api.newUser("member");
        String team = inventory.team(user, Map.of(member, 1));
        String dc = datacenter(Grant.team(team, 1));
        server("team-server", dc, new Document(), Grant.team(team, 3));
        server("mine", dc, new Document(), Grant.user(member, 7));
        String base = "/teams/" + team + "/datacenters/" + dc;

        assertThat(names(api.get(member, base + "/servers"))).containsExactly("team-server");
        assertThat(api.get(member, base + "/servers/count").at("/count").asLong()).isEqualTo(1);
        assertThat(api.get(member, base + "/analytics").at("/count").asLong()).as("0.6's team alias of the count")
                .isEqualTo(1);
        assertThat(names(api.get(member, base + "/orphans"))).containsExactly("team-server");
        assertThat(api.get(member, "/datacenters/" + dc + "/servers").status()).as("personal route").isEqualTo(404);
        assertThat(api.get(api.newUser("outsider"), base + "/orphans").status()).as("not a member").isEqualTo(404);
    }
}
