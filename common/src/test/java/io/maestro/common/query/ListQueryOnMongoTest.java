package io.maestro.common.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.acl.Caller;
import io.maestro.common.acl.CreatorAcl;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.web.ListEnvelope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The parsed filter, the ACL clause and the paging run against the Mongo-wire server the services use in tests. */
class ListQueryOnMongoTest {

    static final Caller ALICE = Caller.user(new ObjectId().toHexString(), "Alice", "alice@example.com");
    static final Caller BOB = Caller.user(new ObjectId().toHexString(), "Bob", "bob@example.com");
    static final ListQueryDefinition SERVERS = ListQueryDefinition.of(Set.of("_id", "hostname", "os", "updated_at"))
            .withAliases(Map.of("os", "os.base"));

    static MongoClient client;
    static MongoTemplate mongo;

    @BeforeAll
    static void seed() {
        client = MongoClients.create(MaestroTestEnvironment.mongoUri());
        mongo = new MongoTemplate(client, "list-query-" + new ObjectId());
        List<Document> servers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            servers.add(server(String.format("web-%02d", i), ALICE, AclRoles.ADMIN).append("os", new Document("base", "Linux")));
        }
        servers.add(server("a.*b-literal", ALICE, AclRoles.ADMIN));
        servers.add(server("axxb", ALICE, AclRoles.ADMIN));
        servers.add(server("paren(1)", ALICE, AclRoles.ADMIN));
        servers.add(server("web-bob", BOB, AclRoles.ADMIN));
        servers.add(server("web-shared-read", BOB, AclRoles.ADMIN).append("roles",
                List.of(CreatorAcl.entry(BOB), new Document("_id", ALICE.objectId()).append("refs", "users").append("role", 1))));
        servers.add(server("web-deleted", ALICE, AclRoles.ADMIN).append("active", false));
        mongo.getCollection("servers").insertMany(servers);
    }

    static Document server(String hostname, Caller owner, int role) {
        return new Document("hostname", hostname).append("active", true)
                .append("owner", CreatorAcl.owner(owner))
                .append("roles", List.of(CreatorAcl.owner(owner).append("role", role)));
    }

    @AfterAll
    static void close() {
        mongo.getDb().drop();
        client.close();
    }

    static List<String> hostnames(ListQuery query) {
        return mongo.find(query.toQuery(), Document.class, "servers").stream().map(d -> d.getString("hostname")).toList();
    }

    static ListQuery parse(Caller caller, int role, String... nameValuePairs) {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            params.put(nameValuePairs[i], new String[] {nameValuePairs[i + 1]});
        }
        return ListQueryParser.parse(params, SERVERS).and(AclFilter.requiring(caller, role));
    }

    @Test
    void regexMetacharactersMatchThemselves() {
        assertThat(hostnames(parse(ALICE, AclRoles.READ, "query", "{\"hostname\":\"A.*B\"}"))).containsExactly("a.*b-literal");
        assertThat(hostnames(parse(ALICE, AclRoles.READ, "query", "{\"hostname\":\"(1\"}"))).containsExactly("paren(1)");
    }

    @Test
    void aclAndActiveDecideWhatIsListed() {
        assertThat(hostnames(parse(ALICE, AclRoles.READ, "query", "{\"hostname\":\"web-\"}", "limit", "100")))
                .hasSize(26).contains("web-shared-read").doesNotContain("web-bob", "web-deleted");
        assertThat(hostnames(parse(ALICE, AclRoles.WRITE, "query", "{\"hostname\":\"web-\"}", "limit", "100")))
                .hasSize(25).doesNotContain("web-shared-read");
        assertThat(hostnames(parse(BOB, AclRoles.READ, "limit", "100"))).containsExactlyInAnyOrder("web-bob", "web-shared-read");
    }

    @Test
    void aliasesReachNestedFields() {
        assertThat(hostnames(parse(ALICE, AclRoles.READ, "query", "{\"os\":\"linux\"}", "limit", "100"))).hasSize(25);
    }

    @Test
    void pagesFollowTheOrder() {
        ListQuery page3 = parse(ALICE, AclRoles.READ, "query", "{\"hostname\":\"web-\"}",
                "orderBy", "hostname", "ascending", "1", "limit", "10", "page", "3");
        List<Document> items = mongo.find(page3.toQuery(), Document.class, "servers");
        long found = mongo.getCollection("servers").countDocuments(page3.filter());
        ListEnvelope envelope = ListEnvelope.of("servers", items, found, page3.page(), page3.limit());

        assertThat(envelope.found()).isEqualTo(26);
        assertThat(envelope.totalPages()).isEqualTo(3);
        assertThat(envelope.items()).extracting(item -> item.get("hostname"))
                .containsExactly("web-20", "web-21", "web-22", "web-23", "web-24", "web-shared-read");
        assertThat(envelope.links()).containsOnlyKeys("_self", "prev", "first", "last");
    }
}
