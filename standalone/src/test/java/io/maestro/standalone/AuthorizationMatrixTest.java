package io.maestro.standalone;

import static io.maestro.standalone.StandaloneApi.JSON;
import static io.maestro.standalone.StandaloneApi.id;
import static io.maestro.standalone.StandaloneApi.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may do what to a record, for every inventory entity, as one table (issue 22): each actor tries each operation
 * on a record they own, were given a role on, reach through a team, or have no part in; the answers must be exactly
 * the table's. A stranger's list and count never include the record; a token of a deleted account, a forged token
 * and an expired one are refused everywhere. Connections also: their stored secrets appear in no answer, and a
 * writer cannot send them elsewhere.
 */
class AuthorizationMatrixTest {

    /** Services on 15000-20900: below the ephemeral ports (32768 and up), where a client's socket may hold one. */
    private static final int PORT_OFFSET = 10000;
    private static final String SECRET = "wJalrXUtnFEMI-matrix-secret-value";
    private static final Duration WAIT = Duration.ofSeconds(30);

    enum Operation { READ, LIST, COUNT, PATCH, PUT, HISTORY, REVERT, SHARE, DELETE }

    /** Who acts, and through which route: the personal one, or the team mirror of the team that owns the record. */
    enum Actor {
        OWNER(false), READER(false), WRITER(false), STRANGER(false), DELETED(false), FORGED(false), EXPIRED(false),
        TEAM_ADMIN(true), TEAM_WRITER(true), TEAM_READER(true), NON_MEMBER(true), MEMBER_DIRECT(false);

        final boolean throughTeam;

        Actor(boolean throughTeam) {
            this.throughTeam = throughTeam;
        }

        boolean targetsTeamRecord() {
            return throughTeam || this == MEMBER_DIRECT;
        }
    }

    /**
     * The answers, by actor, in {@link Operation} order. {@code in}/{@code out}: the record is / is not in the list
     * (and counted). MEMBER_DIRECT is a team writer using the personal route on the team's record: a record of a team
     * is reached only through the team.
     */
    private static final String EXPECTED = """
            OWNER         200 in  in  202 202 200 202 201 204
            READER        200 in  in  403 403 200 403 403 403
            WRITER        200 in  in  202 202 200 202 403 403
            STRANGER      404 out out 404 404 404 404 404 404
            DELETED       401 401 401 401 401 401 401 401 401
            FORGED        401 401 401 401 401 401 401 401 401
            EXPIRED       401 401 401 401 401 401 401 401 401
            TEAM_ADMIN    200 in  in  202 202 200 202 201 204
            TEAM_WRITER   200 in  in  202 202 200 202 201 403
            TEAM_READER   200 in  in  403 403 200 403 403 403
            NON_MEMBER    404 404 404 404 404 404 404 404 404
            MEMBER_DIRECT 404 out out 404 404 404 404 404 404
            """;

    /** A record made for the matrix, with the body it was created with (PUT sends it again). */
    record Created(String id, ObjectNode body, String firstHistoryRow) {
    }

    @TempDir
    Path data;

    private StandaloneApi api;
    private JsonNode docs;
    private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    private String team;
    private String datacenter;
    private final List<String> bystanders = new ArrayList<>();
    private final List<String> notCreated = new ArrayList<>();

    @Test
    void everyActorGetsExactlyTheTableOnEveryEntity() throws Exception {
        StandaloneSettings settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        api = new StandaloneApi(settings);
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            String jwtSecret = SecretsFile.loadOrCreate(data.resolve("secrets.env")).get("MAESTRO_SECRETJWT");
            setUpActors(jwtSecret);
            docs = api.call("GET", "/v3/api-docs", null, null);
            Map<Actor, Map<Operation, String>> expected = expected();

            List<String> mismatches = new ArrayList<>();
            int cells = 0;
            Set<String> entities = new TreeSet<>();
            for (JsonNode entity : api.call("GET", "/inventory", tokens.get(Actor.OWNER), null).path("items")) {
                String route = entity.path("route").asString();
                Created personal = create(route, Actor.OWNER, createBody(route, entity.path("schema"), "matrix"));
                Created ofTeam = create("/teams/" + team + route, Actor.TEAM_ADMIN,
                        createBody(route, entity.path("schema"), "matrix-team"));
                if (personal == null || ofTeam == null) {
                    continue;
                }
                entities.add(route);
                share(route, personal.id());
                Map<Actor, Map<Operation, String>> answers = new EnumMap<>(Actor.class);
                for (Actor actor : Actor.values()) {
                    answers.put(actor, tryAll(actor, route, actor.targetsTeamRecord() ? ofTeam : personal));
                }
                // the owners delete last, so that every other actor's delete meets the record
                List<Actor> deleters = new ArrayList<>(List.of(Actor.values()));
                deleters.removeAll(List.of(Actor.OWNER, Actor.TEAM_ADMIN));
                deleters.addAll(List.of(Actor.OWNER, Actor.TEAM_ADMIN));
                for (Actor actor : deleters) {
                    Created record = actor.targetsTeamRecord() ? ofTeam : personal;
                    answers.get(actor).put(Operation.DELETE, status(api.send("DELETE",
                            base(actor, route) + "/" + record.id(), tokens.get(actor), null)));
                }
                for (Actor actor : Actor.values()) {
                    for (Operation operation : Operation.values()) {
                        cells++;
                        String want = expectedFor(route, actor, operation, expected);
                        String got = answers.get(actor).get(operation);
                        if (!want.equals(got)) {
                            mismatches.add(route + " " + actor + " " + operation + ": expected " + want + ", got " + got);
                        }
                    }
                }
            }
            System.out.printf("authorization matrix: %d entities, %d cells, %d mismatches; not created: %s%n",
                    entities.size(), cells, mismatches.size(), notCreated);
            assertThat(notCreated).as("records of every inventory entity, personal and of a team").isEmpty();
            assertThat(mismatches).isEmpty();
            connectionSecretsStayPut();
            privateFilesStayTheirOwners();
        }
    }

    private void setUpActors(String jwtSecret) throws Exception {
        for (Actor actor : List.of(Actor.OWNER, Actor.READER, Actor.WRITER, Actor.STRANGER, Actor.DELETED,
                Actor.TEAM_ADMIN, Actor.TEAM_WRITER, Actor.TEAM_READER, Actor.NON_MEMBER)) {
            String name = actor.name().charAt(0) + actor.name().substring(1).toLowerCase().replace("_", "");
            tokens.put(actor, api.signUpAndIn(name, actor.name().toLowerCase() + "@example.com"));
        }
        tokens.put(Actor.MEMBER_DIRECT, tokens.get(Actor.TEAM_WRITER));
        assertThat(api.status("DELETE", "/me", tokens.get(Actor.DELETED))).isEqualTo(204);
        for (Actor actor : Actor.values()) {
            // whom each actor tries to share with: an id no one else adds, so a refusal is never a duplicate's 409
            bystanders.add(String.format("5e1f%020d", actor.ordinal()));
        }
        team = id(api.call("POST", "/teams", tokens.get(Actor.TEAM_ADMIN), Map.of("name", "matrix team")));
        for (Map.Entry<Actor, Integer> member : Map.of(Actor.TEAM_WRITER, 3, Actor.TEAM_READER, 1).entrySet()) {
            api.call("POST", "/teams/" + team + "/members", tokens.get(Actor.TEAM_ADMIN),
                    Map.of("id", idOf(tokens.get(member.getKey())), "refs", "users", "role", member.getValue()));
        }
        datacenter = id(api.call("POST", "/datacenters", tokens.get(Actor.OWNER), Map.of("name", "matrix-dc", "provider", "AWS")));
        String owner = tokens.get(Actor.OWNER);
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(owner.split("\\.")[1]));
        tokens.put(Actor.FORGED, owner.substring(0, owner.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vYm9keQ");
        tokens.put(Actor.EXPIRED, new UserSessionTokens(jwtSecret, Duration.ofHours(1),
                Clock.offset(Clock.systemUTC(), Duration.ofHours(-2))).issue(new SessionUser(claims.path("_id").asString(),
                claims.path("name").asString(), claims.path("email").asString(), null, claims.path("gen").asLong())));
    }

    /**
     * The create body: each required field at its simplest value ({@code text} for text: identities such as
     * {@code unique_id} are unique across owners), and what the routes with rules of their own need.
     */
    private ObjectNode createBody(String route, JsonNode schema, String text) {
        ObjectNode body = JSON.createObjectNode();
        for (JsonNode required : schema.path("required")) {
            JsonNode field = schema.path("properties").path(required.asString());
            String name = required.asString();
            if (field.has("enum")) {
                body.set(name, field.path("enum").get(0));
            } else {
                switch (field.path("type").asString()) {
                    case "array" -> body.putArray(name);
                    case "object" -> body.putObject(name);
                    case "number", "integer" -> body.put(name, 1);
                    case "boolean" -> body.put(name, true);
                    default -> body.put(name, text);
                }
            }
        }
        body.put("name", text);
        if (route.equals("/connections")) {
            body.put("dc", "matrix-dc").put("dc_id", datacenter).put("provider", "AWS").put("service", "iam_aws");
            body.putArray("regions").add("us-east-1");
            body.putObject("conn").put("access", "AKIAMATRIXKEY").put("secret", SECRET);
        }
        return body;
    }

    private Created create(String path, Actor actor, ObjectNode body) throws Exception {
        ObjectNode teamBody = body.deepCopy();
        if (path.startsWith("/teams/") && teamBody.has("dc_id")) {
            // a team's connection names a datacenter the team may write
            String teamDatacenter = id(api.call("POST", "/teams/" + team + "/datacenters", tokens.get(actor),
                    Map.of("name", "team-dc", "provider", "AWS")));
            teamBody.put("dc_id", teamDatacenter).put("dc", "team-dc");
        }
        HttpResponse<String> created = api.send("POST", path, tokens.get(actor), teamBody);
        if (created.statusCode() != 201) {
            notCreated.add(path + ": " + created.statusCode() + " " + created.body());
            return null;
        }
        String record = id(JSON.readTree(created.body()));
        return new Created(record, teamBody, firstHistoryRow(path + "/" + record, tokens.get(actor)));
    }

    /** Reader and writer roles on the owner's record: through its ACL routes, else (flavors) there is none to give. */
    private void share(String route, String record) throws Exception {
        if (hasRoute(route + "/{id}/roles", "post")) {
            for (Map.Entry<Actor, Integer> grant : Map.of(Actor.READER, 1, Actor.WRITER, 3).entrySet()) {
                api.call("POST", route + "/" + record + "/roles", tokens.get(Actor.OWNER),
                        Map.of("id", idOf(tokens.get(grant.getKey())), "refs", "users", "role", grant.getValue()));
            }
        }
    }

    private String base(Actor actor, String route) {
        return actor.throughTeam ? "/teams/" + team + route : route;
    }

    private Map<Operation, String> tryAll(Actor actor, String route, Created record) throws Exception {
        String one = base(actor, route) + "/" + record.id();
        String token = tokens.get(actor);
        Map<Operation, String> answers = new EnumMap<>(Operation.class);
        answers.put(Operation.READ, status(api.send("GET", one, token, null)));
        answers.put(Operation.LIST, listed(api.send("GET", base(actor, route) + "?limit=100", token, null), record.id()));
        HttpResponse<String> count = api.send("GET", base(actor, route) + "/count", token, null);
        answers.put(Operation.COUNT, count.statusCode() != 200 ? status(count)
                : JSON.readTree(count.body()).path("count").asInt() > 0 && !answers.get(Operation.LIST).equals("out")
                ? "in" : "out");
        answers.put(Operation.PATCH, status(api.send("PATCH", one, token, record.body())));
        answers.put(Operation.PUT, status(api.send("PUT", one, token, record.body())));
        answers.put(Operation.HISTORY, status(api.send("GET", one + "/audit", token, null)));
        answers.put(Operation.REVERT, status(api.send("POST", one + "/revert/" + record.firstHistoryRow(), token, null)));
        answers.put(Operation.SHARE, status(api.send("POST", one + "/roles", token,
                Map.of("id", bystanders.get(actor.ordinal()), "refs", "users", "role", 1))));
        return answers;
    }

    private static String status(HttpResponse<String> answer) {
        return String.valueOf(answer.statusCode());
    }

    private static String listed(HttpResponse<String> list, String record) {
        if (list.statusCode() != 200) {
            return status(list);
        }
        return list.body().contains("\"" + record + "\"") ? "in" : "out";
    }

    /** The id of the record's creation row in its history (waits for audit-app), or an absent id when not audited. */
    private String firstHistoryRow(String record, String token) throws Exception {
        String route = record.replaceFirst("^/teams/[0-9a-f]{24}", "").replaceFirst("/[0-9a-f]{24}$", "");
        if (!audited(route)) {
            return "0123456789abcdef01234567";
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode rows = api.call("GET", record + "/audit", token, null).path("items");
            if (!rows.isEmpty()) {
                return rows.get(0).path("_id").asString();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no history for " + record + " within " + WAIT);
    }

    private boolean hasRoute(String template, String method) {
        return docs.path("paths").path(template).has(method);
    }

    private Map<Actor, Map<Operation, String>> expected() {
        Map<Actor, Map<Operation, String>> table = new EnumMap<>(Actor.class);
        for (String line : EXPECTED.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            Map<Operation, String> row = new EnumMap<>(Operation.class);
            for (Operation operation : Operation.values()) {
                row.put(operation, cells[operation.ordinal() + 1]);
            }
            table.put(Actor.valueOf(cells[0]), row);
        }
        return table;
    }

    /**
     * The table's answer, with the entity's own exceptions: a route it does not have answers 404 to everyone signed in
     * (flavors have no ACL routes, connections no history); and where there are no ACL routes, nobody could give the
     * reader and the writer their roles, so they are strangers.
     */
    private String expectedFor(String route, Actor actor, Operation operation, Map<Actor, Map<Operation, String>> table) {
        boolean noAclRoutes = !hasRoute(route + "/{id}/roles", "post");
        Actor as = noAclRoutes && (actor == Actor.READER || actor == Actor.WRITER) ? Actor.STRANGER : actor;
        String want = table.get(as).get(operation);
        boolean absent = switch (operation) {
            case HISTORY, REVERT -> !audited(route);
            case SHARE -> noAclRoutes;
            default -> false;
        };
        return absent && !want.equals("401") ? "404" : want;
    }

    /** Every inventory entity keeps a history but connections (S17: their credentials never reach audit rows). */
    private static boolean audited(String route) {
        return !route.equals("/connections");
    }

    /** A private upload is read by its owner only: not by a reader of the owner's records, nor by a stranger. */
    private void privateFilesStayTheirOwners() throws Exception {
        String owner = tokens.get(Actor.OWNER);
        String file = api.call("PUT", "/users/upload?ext=json&folder=users&name=matrix", owner,
                Map.of("servers", List.of(Map.of("name", "private-host")))).path("filename").asString();
        String read = "/users/upload/file?filename=" + file;
        assertThat(api.send("GET", read, owner, null).body()).contains("private-host");
        for (Actor other : List.of(Actor.READER, Actor.WRITER, Actor.STRANGER, Actor.TEAM_ADMIN, Actor.EXPIRED)) {
            HttpResponse<String> answer = api.send("GET", read, tokens.get(other), null);
            assertThat(answer.statusCode()).as(other + " reading the owner's file").isBetween(400, 499);
            assertThat(answer.body()).doesNotContain("private-host");
        }
    }

    /** No answer carries a stored secret; a writer changing where the secrets go must enter them again. */
    private void connectionSecretsStayPut() throws Exception {
        String owner = tokens.get(Actor.OWNER);
        String connection = create("/connections", Actor.OWNER, createBody("/connections",
                api.call("GET", "/inventory/connections", owner, null).path("schema"), "secrets")).id();
        share("/connections", connection);
        List<String> answers = new ArrayList<>();
        for (Actor actor : List.of(Actor.OWNER, Actor.READER, Actor.WRITER)) {
            answers.add(api.send("GET", "/connections/" + connection, tokens.get(actor), null).body());
            answers.add(api.send("GET", "/connections", tokens.get(actor), null).body());
        }
        Map<String, Object> redirect = new LinkedHashMap<>();
        redirect.put("url", "http://attacker.example:9000");
        redirect.put("conn", Map.of("access", "********", "secret", "********"));
        HttpResponse<String> stolen = api.send("PATCH", "/connections/" + connection, tokens.get(Actor.WRITER), redirect);
        answers.add(stolen.body());
        assertThat(stolen.statusCode()).as(stolen.body()).isEqualTo(403);
        assertThat(api.call("GET", "/connections/" + connection, owner, null).toString()).doesNotContain("attacker");
        HttpResponse<String> entered = api.send("PATCH", "/connections/" + connection, tokens.get(Actor.WRITER),
                Map.of("url", "http://elsewhere.example:9000", "conn", Map.of("access", "AKIANEW", "secret", "new")));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(202);
        answers.add(entered.body());
        assertThat(answers).noneMatch(answer -> answer.contains(SECRET) || answer.contains("AKIAMATRIXKEY"));
    }
}
