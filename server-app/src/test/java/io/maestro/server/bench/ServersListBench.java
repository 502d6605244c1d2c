package io.maestro.server.bench;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Latency of {@code GET /servers} with {@code SERVERS} (10,000) servers readable by the caller, at limit 20 and 1000.
 * Boots server-app in this JVM on the in-process Mongo-wire store of the tests, inserts the servers directly, then
 * times sequential requests over loopback. Run by {@code bench/servers/run.sh}; prints figures, asserts nothing timed.
 */
public final class ServersListBench {

    private ServersListBench() {
    }

    public static void main(String[] args) {
        int servers = Integer.getInteger("servers", 10_000);
        int rounds = Integer.getInteger("rounds", 30);
        try (ConfigurableApplicationContext context = ServerApplication.builder()
                .initializers(new MaestroTestEnvironment())
                .properties("server.port=0", "server.address=127.0.0.1", "logging.level.root=WARN")
                .run()) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            ApiClient api = new ApiClient(port, mongo);
            User owner = api.newUser("bench");
            long insertStart = System.nanoTime();
            insertServers(mongo, owner, servers);
            System.out.printf("inserted %,d servers in %d ms%n", servers, (System.nanoTime() - insertStart) / 1_000_000);
            for (int limit : new int[] {20, 1000}) {
                measure(api, owner, "/servers?limit=" + limit, rounds, servers);
            }
            measure(api, owner, "/servers?limit=20&page=400", rounds, servers);
            measure(api, owner, "/servers/count", rounds, servers);
        }
        // the in-process Mongo-wire server keeps non-daemon threads until the JVM exits
        System.exit(0);
    }

    private static void insertServers(MongoTemplate mongo, User owner, int count) {
        Document acl = new Document("_id", new ObjectId(owner.id())).append("refs", "users").append("role", 7)
                .append("name", owner.name()).append("email", owner.email());
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Date at = Date.from(start.plusSeconds(i * 60L));
            batch.add(new Document("name", "srv-" + i).append("hostname", "host-" + i + ".example")
                    .append("ipv4_private", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))
                    .append("os", new Document("base", "Linux").append("dist", "Debian").append("version", "12"))
                    .append("cpu", 4).append("memory", 16).append("role", "Application").append("environment", "Production")
                    .append("status", "Active")
                    .append("datacenters", new Document("name", "dc-" + i % 5).append("region", "eu-west-1")
                            .append("zone", "eu-west-1a").append("provider", "AWS").append("instance_id", "i-" + i))
                    .append("auth", List.of(new Document("name", "root").append("type", "PKI").append("username", "admin")))
                    .append("services", List.of(new Document("name", "nginx").append("status", "Active")))
                    .append("storage", List.of(new Document("name", "sda").append("size", 100)))
                    .append("tags", List.of(new Document("key", "team").append("value", "t" + i % 20)))
                    .append("unique_id", "i-" + i)
                    .append("owner", new Document("_id", acl.get("_id")).append("refs", "users"))
                    .append("roles", List.of(acl)).append("active", true).append("created_at", at).append("updated_at", at));
            if (batch.size() == 1000) {
                mongo.getCollection("servers").insertMany(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("servers").insertMany(batch);
        }
    }

    private static void measure(ApiClient api, User owner, String path, int rounds, int servers) {
        for (int i = 0; i < 3; i++) {
            check(api.get(owner, path), path, servers);
        }
        long[] millis = new long[rounds];
        int bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            Reply reply = api.get(owner, path);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            check(reply, path, servers);
            bytes = reply.raw().length();
        }
        Arrays.sort(millis);
        System.out.printf("GET %-28s n=%d  median %d ms  p90 %d ms  max %d ms  body %,d bytes%n", path, rounds,
                millis[rounds / 2], millis[(int) Math.ceil(rounds * 0.9) - 1], millis[rounds - 1], bytes);
    }

    private static void check(Reply reply, String path, int servers) {
        long total = path.contains("/count") ? reply.at("/count").asLong() : reply.at("/found").asLong();
        if (reply.status() != 200 || total != servers) {
            throw new IllegalStateException("GET " + path + " answered " + reply.status() + ": "
                    + reply.raw().substring(0, Math.min(300, reply.raw().length())));
        }
    }
}
