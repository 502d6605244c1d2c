package io.maestro.server.store.identity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.maestro.common.query.ListQuery;
import io.maestro.common.query.LiteralRegex;
import io.maestro.server.domain.identity.User;
import io.maestro.server.domain.identity.UserFields;
import io.maestro.server.domain.identity.UserPage;
import io.maestro.server.domain.identity.UserRepository;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * {@code users} documents in Maestro 0.6's shape ({@code created_at}/{@code updated_at} dates, {@code active}) plus
 * {@code admin} and {@code session_generation}; the first-administrator marker lives in {@code maestro_admin_bootstrap}.
 */
@Repository
public class MongoUserRepository implements UserRepository {

    public static final String USERS = "users";
    public static final String ADMIN_BOOTSTRAP = "maestro_admin_bootstrap";

    private static final String FIRST_ADMIN_MARKER = "first-administrator";
    private static final String SESSION_GENERATION = "session_generation";

    private final MongoTemplate mongo;

    public MongoUserRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public User create(Map<String, Object> profile, String passwordHash, boolean admin, Instant now) {
        Document document = new Document(profile)
                .append("password", passwordHash)
                .append("active", true)
                .append("admin", admin)
                .append("created_at", Date.from(now))
                .append("updated_at", Date.from(now));
        mongo.getCollection(USERS).insertOne(document);
        return toUser(document);
    }

    @Override
    public Optional<User> findActiveById(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return findOne(new Document("_id", new ObjectId(id)).append("active", true));
    }

    @Override
    public Optional<User> findActiveByEmail(String email) {
        return findOne(new Document("email", sameEmail(email)).append("active", true));
    }

    @Override
    public boolean emailTaken(String email, String exceptId) {
        Document filter = new Document("email", sameEmail(email));
        if (exceptId != null && ObjectId.isValid(exceptId)) {
            filter.append("_id", new Document("$ne", new ObjectId(exceptId)));
        }
        return mongo.getCollection(USERS).countDocuments(filter) > 0;
    }

    @Override
    public long countAll() {
        return mongo.getCollection(USERS).countDocuments();
    }

    @Override
    public boolean claimFirstAdministrator(Instant now) {
        try {
            mongo.getCollection(ADMIN_BOOTSTRAP).insertOne(
                    new Document("_id", FIRST_ADMIN_MARKER).append("created_at", Date.from(now)));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<User> updateProfile(String id, Map<String, Object> fields, Instant now) {
        Update update = new Update();
        fields.forEach(update::set);
        return modifyActive(id, update.set("updated_at", Date.from(now)));
    }

    @Override
    public void setPassword(String id, String passwordHash, Instant now) {
        modifyActive(id, new Update().set("password", passwordHash).set("updated_at", Date.from(now)));
    }

    @Override
    public Optional<User> changePassword(String id, String passwordHash, Instant now) {
        return modifyActive(id, new Update().set("password", passwordHash).inc(SESSION_GENERATION, 1)
                .set("updated_at", Date.from(now)));
    }

    @Override
    public boolean deactivate(String id, Instant now) {
        return modifyActive(id, new Update().set("active", false).set("updated_at", Date.from(now))).isPresent();
    }

    @Override
    public Optional<User> setAdmin(String id, boolean admin, Instant now) {
        return modifyActive(id, new Update().set("admin", admin).set("updated_at", Date.from(now)));
    }

    @Override
    public long countActiveAdministrators() {
        return mongo.getCollection(USERS).countDocuments(new Document("active", true).append("admin", true));
    }

    @Override
    public UserPage list(ListQuery query) {
        long found = mongo.getCollection(USERS).countDocuments(query.filter());
        List<User> page = mongo.find(query.toQuery(), Document.class, USERS).stream().map(MongoUserRepository::toUser).toList();
        return new UserPage(page, found);
    }

    private Optional<User> findOne(Document filter) {
        return Optional.ofNullable(mongo.findOne(new BasicQuery(filter), Document.class, USERS)).map(MongoUserRepository::toUser);
    }

    private Optional<User> modifyActive(String id, Update update) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        Query active = Query.query(Criteria.where("_id").is(new ObjectId(id)).and("active").is(true));
        return Optional.ofNullable(mongo.findAndModify(active, update, FindAndModifyOptions.options().returnNew(true),
                Document.class, USERS)).map(MongoUserRepository::toUser);
    }

    /** The address itself, in any letter case: 0.6 stored e-mails as typed, new ones are lower-cased. */
    private static Document sameEmail(String email) {
        return new Document("$regex", "^" + LiteralRegex.escape(email) + "$").append("$options", "i");
    }

    private static User toUser(Document document) {
        Map<String, Object> profile = new LinkedHashMap<>();
        for (String field : UserFields.PROFILE) {
            Object value = document.get(field);
            if (value != null) {
                profile.put(field, value);
            }
        }
        Object password = document.get("password");
        return new User(document.getObjectId("_id").toHexString(), profile,
                password instanceof String hash ? hash : null,
                Boolean.TRUE.equals(document.get("active")),
                Boolean.TRUE.equals(document.get("admin")),
                document.get(SESSION_GENERATION) instanceof Number generation ? generation.longValue() : 0,
                instant(document.get("created_at")),
                instant(document.get("updated_at")));
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}
