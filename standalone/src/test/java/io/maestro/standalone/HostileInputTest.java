package io.maestro.standalone;

import static io.maestro.standalone.StandaloneApi.JSON;
import static io.maestro.standalone.StandaloneApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated hostile input over every route and method of server-app's OpenAPI document, sent by a signed-in user
 * on a standalone runtime (all ten services up): bad path ids, bad paging and {@code query} values, bodies that are
 * missing, not JSON, of the wrong shape, of the wrong type field by field, huge, deeply nested or carrying operators
 * and NUL bytes. No answer may be a 5xx, carry a stack trace or a Java class name, or name an internal address; where
 * every answer of a route was a 4xx, the record it addresses (or the count of its collection) is unchanged.
 */
class HostileInputTest {

    /** Services on 13000-18900: below the ephemeral ports (32768 and up), where a client's socket may hold one. */
    private static final int PORT_OFFSET = 8000;
    private static final String ABSENT_ID = "0123456789abcdef01234567";
    /** Routes that, sent without a body by a signed-in user, rightly end that user (no input to be hostile with). */
    private static final Set<String> SELF_ENDING = Set.of("DELETE /me", "DELETE /users/auth/logout");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|Exception\\b|\\bjava\\.(lang|util|io)\\.|\\bio\\.maestro\\."
                    + "|\\borg\\.(springframework|bson|apache)\\.|https?://127\\.0\\.0\\.1:\\d+");

    @TempDir
    Path data;

    private StandaloneApi api;
    private JsonNode docs;
    private String token;
    private String team;
    /** A record of each inventory route the user owns, by route ({@code /servers}). */
    private final Map<String, String> seeded = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @Test
    void noRouteAnswersHostileInputWithA5xxALeakOrAChange() throws Exception {
        StandaloneSettings settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        api = new StandaloneApi(settings);
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            signIn();
            docs = api.call("GET", "/v3/api-docs", null, null);
            int routes = 0;
            for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase();
                    if (!SELF_ENDING.contains(method + " " + path.getKey())) {
                        probe(method, path.getKey(), operation.getValue());
                        routes++;
                    }
                }
            }
            System.out.printf("hostile input: %d requests over %d route×method pairs, answers by status %s, %d "
                    + "problems, %d inventory entities seeded%n", statuses.values().stream().mapToInt(Integer::intValue).sum(),
                    routes, statuses, problems.size(), seeded.size());
            assertThat(routes).as("routes in /v3/api-docs").isGreaterThan(300);
            assertThat(seeded).as("records of the inventory routes, so that bodies reach validation").hasSizeGreaterThan(12);
            assertThat(problems).as("answers with a 5xx, a leak or a change after a 4xx").isEmpty();
        }
    }

    private void signIn() throws Exception {
        String email = "hostile-" + System.nanoTime() + "@example.com";
        token = api.signUpAndIn("Hostile " + email.hashCode(), email);
        team = id(api.call("POST", "/teams", token, Map.of("name", "hostile team")));
        seeded.clear();
        for (JsonNode entity : api.call("GET", "/inventory", token, null).path("items")) {
            String route = entity.path("route").asString();
            HttpResponse<String> created = api.send("POST", route, token, minimal(entity.path("schema")));
            if (created.statusCode() == 201 || created.statusCode() == 200) {
                seeded.put(route, id(JSON.readTree(created.body())));
            }
        }
    }

    /** A body with each required field at the simplest value its schema allows. */
    private static ObjectNode minimal(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        for (JsonNode required : schema.path("required")) {
            JsonNode field = schema.path("properties").path(required.asString());
            if (field.has("enum")) {
                body.set(required.asString(), field.path("enum").get(0));
            } else {
                switch (field.path("type").asString()) {
                    case "object" -> body.set(required.asString(), minimal(field));
                    case "array" -> body.putArray(required.asString());
                    case "number", "integer" -> body.put(required.asString(), 1);
                    case "boolean" -> body.put(required.asString(), true);
                    default -> body.put(required.asString(), "seed");
                }
            }
        }
        return body;
    }

    private void probe(String method, String template, JsonNode operation) throws Exception {
        String path = withRealIds(template);
        Runnable unchanged = snapshot(path, method);
        boolean only4xx = true;
        for (String badPath : withBadIds(template)) {
            only4xx &= send(method, badPath, null, "a bad id");
        }
        if (method.equals("GET")) {
            for (String query : List.of("query=%7B%22%24where%22%3A%22sleep(1000)%22%7D", "query=not-json",
                    "query=%7B%22name%22%3A%7B%22%24regex%22%3A%22(%22%7D%7D", "page=-1&limit=-5",
                    "page=abc&limit=abc", "limit=99999999999999", "sort=%7B&ascending=maybe", "query=%7B%7D%7D")) {
                only4xx &= send(method, path + (path.contains("?") ? "&" : "?") + query, null, query);
            }
        } else if (!method.equals("DELETE")) {
            for (String body : bodies(operation)) {
                only4xx &= send(method, path, body, abbreviate(body));
            }
        }
        only4xx &= sendAs(method, path, null, "no token");
        only4xx &= sendAs(method, path, "eyJhbGciOiJIUzI1NiJ9.eyJfaWQiOiJ4In0.forged", "a forged token");
        if (only4xx) {
            unchanged.run();
        }
        if (api.status("GET", "/me", token) != 200) {
            signIn();
        }
    }

    /** The path with the user's own records (and team) in it, so that a request reaches its body's validation. */
    private String withRealIds(String template) {
        String[] segments = template.split("/");
        StringBuilder path = new StringBuilder();
        String collection = null;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String value = "teams".equals(collection) ? team : seeded.getOrDefault("/" + collection, ABSENT_ID);
                path.append('/').append(value);
            } else {
                path.append('/').append(segment);
                collection = segment;
            }
        }
        return path.toString();
    }

    private static List<String> withBadIds(String template) {
        if (!template.contains("{")) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String bad : List.of("not-an-id", "..%2F..%2Fetc%2Fpasswd", "%00", "%7B%7D", ABSENT_ID,
                "%24where", "x".repeat(3000))) {
            Matcher parameters = PATH_PARAMETER.matcher(template);
            paths.add(parameters.replaceAll(Matcher.quoteReplacement(bad)));
        }
        return paths;
    }

    private List<String> bodies(JsonNode operation) {
        List<String> bodies = new ArrayList<>(List.of("", "not json", "[]", "null", "{}", "\"text\"", "{\"a\":",
                "{\"name\":{\"$gt\":\"\"},\"$where\":\"sleep(1000)\"}", "{\"name\":\"nul\\u0000byte\"}",
                "{\"name\":\"" + "x".repeat(1 << 20) + "\"}", "[".repeat(5000) + "]".repeat(5000),
                "{\"roles\":[" + "{\"_id\":\"" + ABSENT_ID + "\",\"role\":3,\"refs\":\"users\"},".repeat(20000)
                        + "{}]}"));
        JsonNode properties = schemaOf(operation).path("properties");
        int fields = 0;
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            if (fields++ == 40) {
                break;
            }
            ObjectNode wrong = JSON.createObjectNode();
            wrong.set(property.getKey(), wrongTypeFor(property.getValue()));
            bodies.add(wrong.toString());
        }
        return bodies;
    }

    private JsonNode schemaOf(JsonNode operation) {
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        if (schema.has("$ref")) {
            return docsComponent(schema.path("$ref").asString());
        }
        return schema;
    }

    private JsonNode docsComponent(String reference) {
        return docs.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
    }

    private static JsonNode wrongTypeFor(JsonNode schema) {
        return switch (schema.path("type").asString()) {
            case "string" -> JSON.createObjectNode().put("$ne", "");
            case "number", "integer" -> JSON.getNodeFactory().stringNode("many");
            case "boolean" -> JSON.getNodeFactory().stringNode("maybe");
            case "array" -> JSON.createObjectNode().put("$gt", "");
            case "object" -> {
                ArrayNode array = JSON.createArrayNode();
                yield array.add(1).add("two");
            }
            default -> JSON.createObjectNode().put("$where", "sleep(1000)");
        };
    }

    private boolean send(String method, String path, String body, String input) throws Exception {
        return check(method, path, input, api.sendText(method, path, token, body));
    }

    private boolean sendAs(String method, String path, String otherToken, String input) throws Exception {
        return check(method, path, input, api.sendText(method, path, otherToken, null));
    }

    /** Records a problem when the answer is a 5xx or leaks; tells whether it was a 4xx. */
    private boolean check(String method, String path, String input, HttpResponse<String> answer) {
        statuses.merge(answer.statusCode(), 1, Integer::sum);
        String route = method + " " + abbreviate(path);
        if (answer.statusCode() >= 500) {
            problems.add(route + " with " + input + ": " + answer.statusCode() + " " + abbreviate(answer.body()));
        }
        Matcher leak = LEAK.matcher(answer.body());
        if (leak.find()) {
            problems.add(route + " with " + input + ": leaks '" + leak.group() + "' in " + abbreviate(answer.body()));
        }
        return answer.statusCode() >= 400 && answer.statusCode() < 500;
    }

    /**
     * A check to run after the route's requests: the record the path names is as it was, or, for a collection path,
     * the collection's count is.
     */
    private Runnable snapshot(String path, String method) throws Exception {
        if (method.equals("GET")) {
            return () -> { };
        }
        String readable = seeded.values().stream().anyMatch(path::endsWith) ? path
                : seeded.containsKey(path) ? path + "/count" : null;
        if (readable == null) {
            return () -> { };
        }
        String before = api.sendText("GET", readable, token, null).body();
        return () -> {
            try {
                String after = api.sendText("GET", readable, token, null).body();
                if (!after.equals(before)) {
                    problems.add(method + " " + path + " answered only 4xx but changed " + readable);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…(" + oneLine.length() + " chars)" : oneLine;
    }

}
