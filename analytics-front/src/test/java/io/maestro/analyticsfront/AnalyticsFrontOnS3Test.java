package io.maestro.analyticsfront;

import static io.maestro.analyticsfront.FrontCalls.PNG;
import static io.maestro.analyticsfront.FrontCalls.SVG;
import static io.maestro.analyticsfront.FrontCalls.send;
import static io.maestro.analyticsfront.FrontCalls.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.InProcessS3;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * {@code MAESTRO_UPLOAD_TYPE=S3} against an in-process S3Proxy: the files of a map stored through one replica of
 * analytics-front land in the private bucket, and another replica, sharing nothing else with it but the database,
 * serves them.
 */
class AnalyticsFrontOnS3Test {

    private static final String PRIVATE_BUCKET = "maestro-private";
    private static InProcessS3 s3;
    private static ConfigurableApplicationContext storing;
    private static ConfigurableApplicationContext serving;

    @BeforeAll
    static void start() {
        s3 = InProcessS3.start("front-access", "front-Secret-key-1", PRIVATE_BUCKET);
        storing = replica();
        serving = replica();
    }

    /** An analytics-front on the bucket only: no public bucket, and no local directory it could share. */
    private static ConfigurableApplicationContext replica() {
        return AnalyticsFrontApplication.builder().initializers(new MaestroTestEnvironment()).run("--server.port=0",
                "--MAESTRO_UPLOAD_TYPE=S3", "--AWS_ENDPOINT=" + s3.endpoint(), "--AWS_ACCESS_KEY_ID=" + s3.accessKey(),
                "--AWS_SECRET_ACCESS_KEY=" + s3.secretKey(), "--AWS_S3_PRIVATE_BUCKET_NAME=" + PRIVATE_BUCKET,
                "--MAESTRO_TMP=/nonexistent/analytics-front");
    }

    @AfterAll
    static void stop() {
        serving.close();
        storing.close();
        s3.close();
    }

    @Test
    void aMapStoredThroughOneReplicaIsInThePrivateBucketAndServedByAnother() throws Exception {
        ObjectId owner = new ObjectId();
        ObjectId stranger = new ObjectId();
        ObjectId graph = new ObjectId();
        MongoTemplate mongo = storing.getBean(MongoTemplate.class);
        for (ObjectId user : List.of(owner, stranger)) {
            mongo.insert(new Document("_id", user).append("email", user + "@example.com").append("active", true),
                    "users");
        }
        mongo.insert(new Document("_id", graph).append("name", "Shop").append("status", "process")
                .append("roles", List.of(new Document("_id", owner).append("role", 7).append("refs", "users"))),
                "graphs");

        assertThat(FrontCalls.storeMap(storing, graph, owner).statusCode()).isEqualTo(200);

        String key = "graphs-bussiness/" + graph.toHexString() + "/" + graph.toHexString();
        assertThat(s3.client().getObjectAsBytes(request -> request.bucket(PRIVATE_BUCKET).key(key + ".svg"))
                .asString(StandardCharsets.UTF_8)).isEqualTo(SVG);
        HeadObjectResponse png = s3.client().headObject(request -> request.bucket(PRIVATE_BUCKET).key(key + ".png"));
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.contentLength()).isEqualTo(PNG.length);
        for (String ext : List.of("html", "drawio", "mmd")) {
            assertThat(s3.client().headObject(request -> request.bucket(PRIVATE_BUCKET).key(key + "." + ext))
                    .contentLength()).as(ext).isPositive();
        }

        HttpResponse<String> svg = send(serving, "GET", "/graphs/" + graph.toHexString() + "?ext=svg",
                session(owner), null);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).isEqualTo(SVG);
        assertThat(send(serving, "GET", "/graphs/" + graph.toHexString(), session(owner), null).body())
                .contains("id=\"tool-a1\"");
        assertThat(send(serving, "GET", "/graphs/" + graph.toHexString() + "?ext=svg", session(stranger), null)
                .statusCode()).isEqualTo(404);
        assertThat(send(serving, "GET", "/graphs/" + new ObjectId().toHexString() + "?ext=svg", session(owner), null)
                .statusCode()).isEqualTo(404);
    }
}
