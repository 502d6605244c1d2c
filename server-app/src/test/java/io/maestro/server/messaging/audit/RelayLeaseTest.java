package io.maestro.server.messaging.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** One relay of a queue at a time, on the in-process store: two server-apps share a lease. */
class RelayLeaseTest {

    private static final Duration TTL = Duration.ofSeconds(10);

    private final MongoClient client = MongoClients.create(MaestroTestEnvironment.mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client, "relay-lease-test");
    private final String name = "audit-outbox:" + UUID.randomUUID();
    private final RelayLease first = new RelayLease(mongo, name, TTL);
    private final RelayLease second = new RelayLease(mongo, name, TTL);

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void oneHolderAtATimeUntilItGivesTheLeaseUpOrLetsItExpire() {
        Instant now = Instant.now();

        assertThat(first.holds(now)).isTrue();
        assertThat(second.holds(now)).as("held by the first").isFalse();
        assertThat(first.holds(now.plus(TTL.dividedBy(2)).plusSeconds(1))).as("renewed by its holder").isTrue();
        assertThat(second.holds(now.plus(TTL).plusSeconds(1))).as("renewed, so not expired yet").isFalse();

        first.release();
        assertThat(second.holds(now.plusSeconds(7))).as("given up").isTrue();

        Instant afterExpiry = now.plusSeconds(7).plus(TTL).plusSeconds(1);
        assertThat(first.holds(afterExpiry)).as("the second stopped renewing it").isTrue();
        assertThat(second.holds(afterExpiry)).isFalse();
    }
}
