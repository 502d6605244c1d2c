package io.maestro.standalone.bench;

import io.maestro.discovery.bench.BenchProcess;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * Many users at once on the standalone runtime (issue 23, "load held"): {@code users} users, each signed up and
 * working in a thread of their own for {@code seconds}, create, read, patch, list and delete their servers and
 * applications. Each user remembers what it was answered; afterwards every record is read back (a record acknowledged
 * and not deleted that is gone is lost, one whose value is not the last acknowledged is wrong, a deleted one that is
 * back is wrong too) and every record's history is counted against its acknowledged writes. Prints requests, errors,
 * lost and wrong records, history rows missing or doubled, p50 and p99 per operation, the machine and its load
 * average. System properties: {@code users} (50), {@code seconds} (60), {@code dataDir} (an empty directory).
 */
public final class StandaloneUsersBench {

    /** Services on 39500-45400, clear of the tests' offsets and of the other benches'. */
    private static final int PORT_OFFSET = 34500;

    private enum Operation { CREATE, READ, PATCH, LIST, DELETE }

    private enum Kind {
        SERVERS("/servers", "cpu"), APPLICATIONS("/applications", "description");

        final String path;
        final String patchedField;

        Kind(String path, String patchedField) {
            this.path = path;
            this.patchedField = patchedField;
        }

        Object value(int version) {
            return this == SERVERS ? (Object) (version + 1) : "version " + version; // cpu is at least 1
        }

        boolean holds(JsonNode record, Object value) {
            JsonNode field = record.path(patchedField);
            return this == SERVERS ? field.isNumber() && field.asInt() == (Integer) value : field.asString().equals(value);
        }
    }

    /** What a user was last answered about one of its records, and how many writes of it were acknowledged. */
    private static final class Known {
        final Kind kind;
        Object value;
        int writes = 1;
        boolean deleted;

        Known(Kind kind, Object value) {
            this.kind = kind;
            this.value = value;
        }
    }

    /** One user's run: its latencies per operation, its errors and wrong answers, and what it knows of its records. */
    private static final class User {
        final PublicApi api;
        final Random random;
        final Map<String, Known> records = new HashMap<>();
        final Map<Kind, List<String>> live = new EnumMap<>(Kind.class);
        final Map<Operation, long[]> latencies = new EnumMap<>(Operation.class);
        final Map<Operation, Integer> counts = new EnumMap<>(Operation.class);
        int errors;
        int wrongDuring;
        String firstError;

        User(PublicApi api, long seed) {
            this.api = api;
            this.random = new Random(seed);
            for (Kind kind : Kind.values()) {
                live.put(kind, new ArrayList<>());
            }
            for (Operation operation : Operation.values()) {
                latencies.put(operation, new long[1024]);
                counts.put(operation, 0);
            }
        }

        void took(Operation operation, long nanos) {
            int count = counts.get(operation);
            long[] all = latencies.get(operation);
            if (count == all.length) {
                all = Arrays.copyOf(all, count * 2);
                latencies.put(operation, all);
            }
            all[count] = nanos;
            counts.put(operation, count + 1);
        }

        void error(String what) {
            errors++;
            if (firstError == null) {
                firstError = what;
            }
        }
    }

    public static void main(String[] args) {
        BenchProcess.runThenExit(StandaloneUsersBench::run);
    }

    private static void run() throws Exception {
        int users = Integer.getInteger("users", 50);
        int seconds = Integer.getInteger("seconds", 60);
        StandaloneSettings settings = new StandaloneSettings(Path.of(System.getProperty("dataDir")), "127.0.0.1",
                PORT_OFFSET, 0, 0, "localhost");
        // every user signs up from this one address (docs/identity.md, "Sign-ups")
        System.setProperty("MAESTRO_SIGNUP_MAX_PER_ADDRESS", String.valueOf(users));
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            List<User> all = new ArrayList<>();
            for (int number = 0; number < users; number++) {
                PublicApi api = new PublicApi(settings.publicUrl(MaestroService.SERVER));
                api.signUpAndIn("Load User " + number, "load-" + number + "@example.com");
                all.add(new User(api, number));
            }
            System.out.printf("standalone: %d users x %d s of create/read/patch/list/delete on servers and applications%n",
                    users, seconds);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(users);
            List<Future<?>> running = new ArrayList<>();
            for (User user : all) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        step(user);
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
            pool.shutdown();
            report(all, seconds);
            check(all);
        }
    }

    /** One operation, chosen as a user mixes them: twice as many reads and patches as creations, half as many deletions. */
    private static void step(User user) {
        Kind kind = user.random.nextBoolean() ? Kind.SERVERS : Kind.APPLICATIONS;
        List<String> live = user.live.get(kind);
        int dice = user.random.nextInt(13);
        Operation operation = live.isEmpty() || dice < 2 ? Operation.CREATE : dice < 6 ? Operation.READ
                : dice < 10 ? Operation.PATCH : dice < 12 ? Operation.LIST : Operation.DELETE;
        String id = live.isEmpty() ? null : live.get(user.random.nextInt(live.size()));
        long start = System.nanoTime();
        try {
            switch (operation) {
                case CREATE -> {
                    Object value = kind.value(0);
                    HttpResponse<String> answer = user.api.send("POST", kind.path,
                            Map.of("name", "load-" + System.nanoTime(), kind.patchedField, value));
                    if (expect(user, operation, kind, answer, 201)) {
                        String created = PublicApi.JSON.readTree(answer.body()).path("_id").asString();
                        user.records.put(created, new Known(kind, value));
                        live.add(created);
                    }
                }
                case READ -> {
                    HttpResponse<String> answer = user.api.send("GET", kind.path + "/" + id, null);
                    if (expect(user, operation, kind, answer, 200)
                            && !kind.holds(PublicApi.JSON.readTree(answer.body()), user.records.get(id).value)) {
                        user.wrongDuring++;
                    }
                }
                case PATCH -> {
                    Known known = user.records.get(id);
                    Object value = kind.value(known.writes);
                    HttpResponse<String> answer = user.api.send("PATCH", kind.path + "/" + id, Map.of(kind.patchedField, value));
                    if (expect(user, operation, kind, answer, 202)) {
                        known.value = value;
                        known.writes++;
                    }
                }
                case LIST -> expect(user, operation, kind, user.api.send("GET", kind.path + "?limit=20", null), 200);
                case DELETE -> {
                    if (expect(user, operation, kind, user.api.send("DELETE", kind.path + "/" + id, null), 204)) {
                        user.records.get(id).deleted = true;
                        live.remove(id);
                    }
                }
            }
        } catch (Exception failure) {
            user.error(operation + " " + kind.path + ": " + failure);
        }
        user.took(operation, System.nanoTime() - start);
    }

    private static boolean expect(User user, Operation operation, Kind kind, HttpResponse<String> answer, int status) {
        if (answer.statusCode() == status) {
            return true;
        }
        user.error(operation + " " + kind.path + " answered " + answer.statusCode() + ": " + answer.body());
        return false;
    }

    private static void report(List<User> users, int seconds) {
        long requests = 0;
        List<long[]> everything = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            long[] sorted = users.stream().flatMapToLong(user -> Arrays.stream(user.latencies.get(operation), 0,
                    user.counts.get(operation))).sorted().toArray();
            everything.add(sorted);
            requests += sorted.length;
            System.out.printf("  %-7s %,8d   p50 %7.1f ms   p99 %7.1f ms%n", operation.name().toLowerCase(), sorted.length,
                    percentile(sorted, 0.50), percentile(sorted, 0.99));
        }
        long[] sorted = everything.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("requests %,d in %d s (%,.0f/s), errors %d, wrong answers during the run %d   p50 %.1f ms   p99 %.1f ms%n",
                requests, seconds, requests / (double) seconds, users.stream().mapToInt(user -> user.errors).sum(),
                users.stream().mapToInt(user -> user.wrongDuring).sum(), percentile(sorted, 0.50), percentile(sorted, 0.99));
        users.stream().filter(user -> user.firstError != null).limit(3)
                .forEach(user -> System.out.println("  first error of a user: " + user.firstError));
    }

    /**
     * Every record read back as the user last saw it, and its history counted once the audit queue has caught up (up
     * to two minutes): one row per acknowledged creation and patch.
     */
    private static void check(List<User> users) throws Exception {
        int lost = 0;
        int wrong = 0;
        int records = 0;
        for (User user : users) {
            for (Map.Entry<String, Known> entry : user.records.entrySet()) {
                Known known = entry.getValue();
                HttpResponse<String> answer = user.api.send("GET", known.kind.path + "/" + entry.getKey(), null);
                records++;
                if (known.deleted) {
                    wrong += answer.statusCode() == 404 ? 0 : 1;
                } else if (answer.statusCode() != 200) {
                    lost++;
                } else if (!known.kind.holds(PublicApi.JSON.readTree(answer.body()), known.value)) {
                    wrong++;
                }
            }
        }
        System.out.printf("afterwards: %,d records read back: %d lost, %d wrong%n", records, lost, wrong);
        long deadline = System.nanoTime() + 120_000_000_000L;
        long started = System.nanoTime();
        int[] history = historyMismatches(users);
        while ((history[0] > 0 || history[1] > 0) && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            history = historyMismatches(users);
        }
        System.out.printf("history of %,d live records (after %.0f s): %d with rows missing, %d with rows doubled%n",
                history[2], (System.nanoTime() - started) / 1e9, history[0], history[1]);
    }

    /** {@code [records with fewer rows than acknowledged writes, records with more, records looked at]}. */
    private static int[] historyMismatches(List<User> users) throws Exception {
        int[] mismatches = new int[3];
        for (User user : users) {
            for (Map.Entry<String, Known> entry : user.records.entrySet()) {
                Known known = entry.getValue();
                if (known.deleted) {
                    continue;
                }
                int rows = user.api.call("GET", known.kind.path + "/" + entry.getKey() + "/audit", null, 200)
                        .path("found").asInt();
                if (rows < known.writes) {
                    mismatches[0]++;
                } else if (rows > known.writes) {
                    mismatches[1]++;
                }
                mismatches[2]++;
            }
        }
        return mismatches;
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        return sortedNanos.length == 0 ? 0
                : sortedNanos[Math.min(sortedNanos.length - 1, (int) (sortedNanos.length * fraction))] / 1e6;
    }
}
