package io.maestro.analyticsfront;

import static io.maestro.analyticsfront.FrontCalls.JSON;
import static io.maestro.analyticsfront.FrontCalls.SVG;
import static io.maestro.analyticsfront.FrontCalls.session;
import static io.maestro.common.testsupport.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PublicShareTokens;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * analytics-front on the in-process store, its maps in a local uploads directory: maps stored by analytics-app, read by
 * their readers and by public links.
 */
class AnalyticsFrontEndToEndTest {

    private static final ObjectId OWNER = new ObjectId();
    private static final ObjectId STRANGER = new ObjectId();
    private static final ObjectId TEAM = new ObjectId();
    @TempDir
    static Path files;
    private static ConfigurableApplicationContext front;

    @BeforeAll
    static void start() {
        front = AnalyticsFrontApplication.builder().initializers(new MaestroTestEnvironment()).run("--server.port=0",
                "--MAESTRO_TMP=" + files);
        mongo().insert(new Document("_id", TEAM).append("name", "Ops").append("members", List.of(
                new Document("_id", OWNER).append("role", 1).append("refs", "users"))), "teams");
        for (ObjectId user : List.of(OWNER, STRANGER)) {
            mongo().insert(new Document("_id", user).append("email", user + "@example.com").append("active", true),
                    "users");
        }
    }

    @AfterAll
    static void stop() {
        front.close();
    }

    private static MongoTemplate mongo() {
        return front.getBean(MongoTemplate.class);
    }

    private static ObjectId graph(ObjectId owner, String refs) {
        ObjectId id = new ObjectId();
        mongo().insert(new Document("_id", id).append("name", "Shop </title> map").append("status", "process")
                .append("roles", List.of(new Document("_id", owner).append("role", 7).append("refs", refs))), "graphs");
        return id;
    }

    /** The status of {@code GET path}, for probes that poll. */
    private static int status(String path, String authorization) {
        try {
            return send("GET", path, authorization, null).statusCode();
        } catch (Exception unreachable) {
            throw new IllegalStateException("GET " + path, unreachable);
        }
    }

    private static HttpResponse<String> send(String method, String path, String authorization, Object body)
            throws Exception {
        return FrontCalls.send(front, method, path, authorization, body);
    }

    private static HttpResponse<String> storeMap(ObjectId graph) throws Exception {
        return FrontCalls.storeMap(front, graph, OWNER);
    }

    private static String shareToken(ObjectId graph) {
        PublicShareTokens tokens = new PublicShareTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PUBLIC"));
        String token = tokens.issue(graph.toHexString(), null);
        mongo().getCollection("graphs").updateOne(new Document("_id", graph), new Document("$set",
                new Document("spublic", true).append("spublic_token", tokens.verifyShare(token).tokenId())));
        return token;
    }

    @Test
    void aStoredMapIsFinishedAndItsFilesAreTheOwnersAlone() throws Exception {
        ObjectId graph = graph(OWNER, "users");

        HttpResponse<String> stored = storeMap(graph);

        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(stored.body()).path("stored")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("svg", "png", "drawio", "mmd", "html");
        assertThat(mongo().findById(graph, Document.class, "graphs")).containsEntry("status", "finished")
                .containsEntry("msg", "Finish");
        assertThat(files.resolve("artifacts/graphs-bussiness/" + graph.toHexString() + "/" + graph.toHexString()
                + ".svg")).as("under MAESTRO_TMP/LOCAL_DIR, as 0.6 kept it").hasContent(SVG);
        HttpResponse<String> svg = send("GET", "/graphs/" + graph.toHexString() + "?ext=svg", session(OWNER), null);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(svg.body()).isEqualTo(SVG);
        assertThat(send("GET", "/graphs/" + graph.toHexString() + "?ext=mmd", session(OWNER), null).body())
                .startsWith("flowchart LR");
        assertThat(send("GET", "/graphs/" + graph.toHexString() + "?ext=svg", session(STRANGER), null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/graphs/" + graph.toHexString() + "?ext=svg", null, null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/graphs/" + graph.toHexString() + "?ext=exe", session(OWNER), null).statusCode())
                .isEqualTo(422);
    }

    /**
     * Sessions end here as on server-app: after a password change or a deletion (seen within a few seconds) the old
     * session is no session, and the map answers as to a caller without one.
     */
    @Test
    void anEndedSessionNoLongerOpensTheMap() throws Exception {
        ObjectId reader = new ObjectId();
        mongo().insert(new Document("_id", reader).append("email", "reader@example.com").append("active", true),
                "users");
        ObjectId graph = graph(reader, "users");
        storeMap(graph);
        String beforeTheChange = session(reader);
        String svg = "/graphs/" + graph.toHexString() + "?ext=svg";
        assertThat(send("GET", svg, beforeTheChange, null).statusCode()).isEqualTo(200);

        mongo().getCollection("users").updateOne(new Document("_id", reader),
                new Document("$set", new Document("session_generation", 1)));
        eventually(() -> status(svg, beforeTheChange) == 404 ? true : null,
                Duration.ofSeconds(15), "the session from before the password change refused");
        String afterTheChange = "JWT " + new UserSessionTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT"),
                Duration.ofHours(1)).issue(new SessionUser(reader.toHexString(), "User", "reader@example.com", null, 1));
        assertThat(send("GET", svg, afterTheChange, null).statusCode()).isEqualTo(200);

        mongo().getCollection("users").updateOne(new Document("_id", reader),
                new Document("$set", new Document("active", false)));
        eventually(() -> status(svg, afterTheChange) == 404 ? true : null,
                Duration.ofSeconds(15), "the deleted user's session refused");
    }

    @Test
    void onlyAnalyticsAppMayStoreAMap() throws Exception {
        ObjectId graph = graph(OWNER, "users");

        HttpResponse<String> byAUser = send("POST", "/graphs", session(OWNER), Map.of("graph_id", graph.toHexString(),
                "svg", SVG));

        assertThat(byAUser.statusCode()).isIn(401, 403);
        assertThat(mongo().findById(graph, Document.class, "graphs")).containsEntry("status", "process");
    }

    /** A body without a field analytics-front needs is a 422 naming it, not a binding error about another field. */
    @Test
    void aMapWithoutItsFieldsIsRefusedNamingThem() throws Exception {
        HttpResponse<String> empty = send("POST", "/graphs", FrontCalls.service(), Map.of());

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(empty.body()).path("err").path("errors").findValuesAsString("message"))
                .containsExactlyInAnyOrder("\"graph_id\" is required", "\"svg\" is required");
    }

    /** 0.6's PNG routes, {@code /graphs/png/<id>} and its team form, serve what {@code ?ext=png} serves. */
    @Test
    void the06PngRoutesServeThePng() throws Exception {
        ObjectId graph = graph(OWNER, "users");
        ObjectId teamGraph = graph(TEAM, "teams");
        storeMap(graph);
        storeMap(teamGraph);
        String view = JSON.readTree(send("POST", "/graphs/" + graph.toHexString() + "/view", session(OWNER), null)
                .body()).path("token").asString();

        HttpResponse<String> png = send("GET", "/graphs/png/" + graph.toHexString(), session(OWNER), null);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(send("GET", "/graphs/png/" + graph.toHexString() + "?view=" + view, null, null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/teams/" + TEAM.toHexString() + "/graphs/png/" + teamGraph.toHexString(),
                session(OWNER), null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/graphs/png/" + graph.toHexString(), session(STRANGER), null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/graphs/png/" + graph.toHexString(), null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theViewerOpensWithAViewTokenForThatGraphOnly() throws Exception {
        ObjectId graph = graph(OWNER, "users");
        ObjectId other = graph(OWNER, "users");
        storeMap(graph);
        storeMap(other);

        HttpResponse<String> issued = send("POST", "/graphs/" + graph.toHexString() + "/view", session(OWNER), null);
        String view = JSON.readTree(issued.body()).path("token").asString();

        HttpResponse<String> page = send("GET", "/graphs/" + graph.toHexString() + "?view=" + view, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<title>Shop &lt;/title&gt; map · Maestro</title>", "id=\"tool-a1\"")
                .doesNotContain("<?xml").doesNotContain("</script><script>alert(1)")
                .doesNotContain("jquery");
        assertThat(send("GET", "/graphs/" + other.toHexString() + "?view=" + view, null, null).statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/graphs/" + graph.toHexString() + "/view", session(STRANGER), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aTeamsMapIsReadByItsMembers() throws Exception {
        ObjectId graph = graph(TEAM, "teams");
        storeMap(graph);
        String path = "/teams/" + TEAM.toHexString() + "/graphs/" + graph.toHexString() + "?ext=svg";

        assertThat(send("GET", path, session(OWNER), null).statusCode()).isEqualTo(200);
        assertThat(send("GET", path, session(STRANGER), null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/graphs/" + graph.toHexString() + "?ext=svg", session(OWNER), null).statusCode())
                .as("not through the user's own route").isEqualTo(404);
    }

    @Test
    void aPublicLinkOpensItsOwnGraphUntilRevoked() throws Exception {
        ObjectId graph = graph(OWNER, "users");
        ObjectId other = graph(OWNER, "users");
        storeMap(graph);
        storeMap(other);
        String token = shareToken(graph);
        shareToken(other);

        assertThat(send("GET", "/graphs/public/" + graph.toHexString() + "?token=" + token + "&ext=png", null, null)
                .statusCode()).isEqualTo(200);
        assertThat(send("GET", "/graphs/public/" + other.toHexString() + "?token=" + token, null, null).statusCode())
                .as("the URL names another shared graph").isEqualTo(404);

        String newer = shareToken(graph);
        assertThat(send("GET", "/graphs/public/" + graph.toHexString() + "?token=" + token, null, null).statusCode())
                .as("a newer link revokes the older").isEqualTo(404);
        assertThat(send("GET", "/graphs/public/" + graph.toHexString() + "?token=" + newer, null, null).statusCode())
                .isEqualTo(200);

        mongo().getCollection("graphs").updateOne(new Document("_id", graph), new Document("$set",
                new Document("spublic", false)));
        assertThat(send("GET", "/graphs/public/" + graph.toHexString() + "?token=" + newer, null, null).statusCode())
                .isEqualTo(404);
    }
}
