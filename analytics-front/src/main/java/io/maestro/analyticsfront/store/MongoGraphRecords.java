package io.maestro.analyticsfront.store;

import io.maestro.analyticsfront.domain.GraphRecords;
import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.acl.Caller;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.stereotype.Component;

/** The graph and team records in the inventory database analytics-front shares with data-app (as 0.6 did). */
@Component
class MongoGraphRecords implements GraphRecords {

    private static final String GRAPHS = "graphs";

    private final MongoTemplate mongo;

    MongoGraphRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Map<String, Object>> readable(String graphId, String readerId) {
        Document query = new Document("_id", new ObjectId(graphId));
        query.putAll(AclFilter.requiring(Caller.user(readerId, null, null), AclRoles.READ));
        return Optional.ofNullable(mongo.findOne(new BasicQuery(query), Document.class, GRAPHS));
    }

    @Override
    public Optional<Map<String, Object>> readableByTeam(String teamId, String graphId, String readerId) {
        Document team = new Document("_id", new ObjectId(teamId));
        team.putAll(AclFilter.requiring(AclFilter.MEMBERS, Caller.user(readerId, null, null), AclRoles.READ));
        if (mongo.findOne(new BasicQuery(team), Document.class, "teams") == null) {
            return Optional.empty();
        }
        Document query = new Document("_id", new ObjectId(graphId));
        query.putAll(AclFilter.requiring(Caller.team(teamId, null, null), AclRoles.READ));
        return Optional.ofNullable(mongo.findOne(new BasicQuery(query), Document.class, GRAPHS));
    }

    @Override
    public Optional<Map<String, Object>> find(String graphId) {
        return Optional.ofNullable(mongo.findById(new ObjectId(graphId), Document.class, GRAPHS));
    }

    @Override
    public boolean markFinished(String graphId) {
        Document set = new Document("status", "finished").append("msg", "Finish").append("updated_at", new Date());
        return mongo.getCollection(GRAPHS).updateOne(new Document("_id", new ObjectId(graphId)),
                new Document("$set", set)).getMatchedCount() == 1;
    }
}
