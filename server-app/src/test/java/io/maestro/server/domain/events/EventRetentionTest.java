package io.maestro.server.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Events expire {@code MAESTRO_EVENTS_TTL_DAYS} (15) days after {@code created_at} (§2.8). */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class EventRetentionTest {

    static final Instant NOW = Instant.parse("2030-06-20T12:00:00Z");

    @Autowired
    MongoTemplate mongo;

    @Value("${maestro.events.ttl-days}")
    long ttlDays;

    @Test
    void removesOnlyEventsOlderThanTheRetention() {
        String collection = "events_retention_test";
        mongo.getCollection(collection).insertMany(new ArrayList<>(List.of(
                event("old", NOW.minus(Duration.ofDays(15)).minusSeconds(1)),
                event("boundary", NOW.minus(Duration.ofDays(15))),
                event("recent", NOW.minus(Duration.ofDays(2))))));
        EventRetention retention = new EventRetention(mongo, collection, Duration.ofDays(ttlDays),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(ttlDays).isEqualTo(15);
        assertThat(retention.removeExpired()).isEqualTo(1);
        assertThat(mongo.getCollection(collection).find().map(document -> document.getString("msg")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("boundary", "recent");
        assertThat(retention.removeExpired()).isZero();
    }

    @Test
    void refusesARetentionThatIsNotPositive() {
        assertThatThrownBy(() -> new EventRetention(mongo, "events", Duration.ZERO, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document event(String msg, Instant createdAt) {
        return new Document("msg", msg).append("context", "test").append("created_at", Date.from(createdAt))
                .append("active", true);
    }
}
