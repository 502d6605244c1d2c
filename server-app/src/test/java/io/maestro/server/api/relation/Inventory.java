package io.maestro.server.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inventory documents inserted straight into their collections with a given ACL (the entity definitions of
 * applications, systems, clients and datacenters are registered elsewhere), and teams made through the API.
 */
final class Inventory {

    /** One ACL entry: who ({@code users} or {@code teams}) holds which role. */
    record Grant(String id, String refs, int role) {

        static Grant user(User user, int role) {
            return new Grant(user.id(), "users", role);
        }

        static Grant team(String teamId, int role) {
            return new Grant(teamId, "teams", role);
        }
    }

    private final MongoTemplate mongo;
    private final ApiClient api;

    Inventory(MongoTemplate mongo, ApiClient api) {
        this.mongo = mongo;
        this.api = api;
    }

    /** An active document with these fields whose {@code roles} are the grants; returns its id as hex. */
    String insert(String collection, Document fields, Grant... grants) {
        ObjectId id = new ObjectId();
        Document document = new Document("_id", id).append("active", true).append("updated_at", new Date());
        document.putAll(fields);
        document.append("roles", Arrays.stream(grants).map(grant -> new Document("_id", new ObjectId(grant.id()))
                .append("refs", grant.refs()).append("role", grant.role())).toList());
        mongo.getCollection(collection).insertOne(document);
        return id.toHexString();
    }

    Document find(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", new ObjectId(id))).first();
    }

    /** The embedded documents of an array field, empty when the field is absent. */
    List<Document> array(String collection, String id, String field) {
        return find(collection, id).getList(field, Document.class, List.of());
    }

    /** A team owned by {@code owner} in which each member holds the given team role; returns its id. */
    String team(User owner, Map<User, Integer> members) {
        Reply team = api.post(owner, "/teams", Map.of("name", "crew-" + owner.name().substring(owner.name().length() - 8)));
        assertThat(team.status()).as(team.raw()).isEqualTo(201);
        String teamId = team.at("/_id").asString();
        members.forEach((member, role) -> {
            Reply added = api.post(owner, "/teams/" + teamId + "/members",
                    Map.of("id", member.id(), "refs", "users", "role", String.valueOf(role)));
            assertThat(added.status()).as(added.raw()).isEqualTo(201);
        });
        return teamId;
    }
}
