package io.maestro.websocket;

import static io.maestro.websocket.PublishApi.API_KEY;
import static io.maestro.websocket.PublishApi.newId;
import static io.maestro.websocket.PublishApi.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api}: the API key, Centrifugo's replies, and 400 with a reason for every malformed command. */
@MaestroApiTest(classes = WebsocketApplication.class, properties = "spring.config.name=websocket-app")
class PublishApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private String validPublish() {
        return "{\"method\":\"publish\",\"params\":{\"channel\":\"maestro-" + newId() + "\",\"data\":{\"notify\":{\"title\":\"t\"}}}}";
    }

    @Test
    void publishWithoutKeyIsUnauthorized() {
        HttpResponse<String> response = post(port, null, validPublish());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("err").path("name").asString()).isEqualTo("Unauthorized");
    }

    @Test
    void publishWithWrongKeyIsUnauthorizedEvenBeforeTheBodyIsRead() {
        assertThat(post(port, "apikey not-the-key", validPublish()).statusCode()).isEqualTo(401);
        assertThat(post(port, "apikey not-the-key", "not json").statusCode()).isEqualTo(401);
        String sessionSchemeWithTheRightSecret = API_KEY.replace("apikey", "JWT");
        assertThat(post(port, sessionSchemeWithTheRightSecret, validPublish()).statusCode()).isEqualTo(401);
    }

    @Test
    void publishWithKeyAnswersLikeCentrifugo() {
        HttpResponse<String> response = post(port, API_KEY, validPublish());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"result\":{}}"));
    }

    /** Centrifugo reads the body as JSON whatever it is labelled: {@code curl -d '{...}'} sends it as a form. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"application/x-www-form-urlencoded", "text/plain", "NONE"}, nullValues = "NONE")
    void publishAcceptsAJsonBodyWhateverItsContentType(String contentType) {
        HttpResponse<String> response = post(port, API_KEY, contentType, validPublish());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"result\":{}}"));
    }

    @Test
    void broadcastWithKeyAnswersLikeCentrifugo() {
        HttpResponse<String> response = post(port, API_KEY, "{\"method\":\"broadcast\",\"params\":{\"channels\":[\"maestro-"
                + newId() + "\",\"maestro-" + newId() + "\"],\"data\":{\"event\":{\"caller\":[\"reports-update\"]}}}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"result\":{}}"));
    }

    @Test
    void sessionCommandsWithKeyAnswerLikeCentrifugo() {
        for (String command : new String[] {
                "{\"method\":\"disconnect\",\"params\":{\"user\":\"" + newId() + "\"}}",
                "{\"method\":\"disconnect\",\"params\":{\"user\":\"" + newId() + "\",\"generation_below\":3}}",
                "{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"maestro-" + newId() + "\"}}",
                "{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"maestro-" + newId() + "\",\"user\":\"" + newId() + "\"}}"}) {
            HttpResponse<String> response = post(port, API_KEY, command);
            assertThat(response.statusCode()).as(command + " → " + response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"result\":{}}"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            empty body                | ``                                                                                     | Empty body
            not JSON                  | `{method: publish`                                                                     | not valid JSON
            not an object             | `[1,2]`                                                                                | JSON object
            missing method            | `{"params":{"channel":"maestro-abc","data":{}}}`                                       | Missing 'method'
            unknown method            | `{"method":"presence","params":{"channel":"maestro-abc"}}`                             | Unknown method 'presence'
            params not an object      | `{"method":"publish","params":"maestro-abc"}`                                          | 'params' must be a JSON object
            missing channel           | `{"method":"publish","params":{"data":{}}}`                                            | params.channel must be maestro-<id>
            foreign channel prefix    | `{"method":"publish","params":{"channel":"news","data":{}}}`                           | params.channel must be maestro-<id>
            namespaced channel        | `{"method":"publish","params":{"channel":"maestro-a:b","data":{}}}`                    | params.channel must be maestro-<id>
            channel not a string      | `{"method":"publish","params":{"channel":42,"data":{}}}`                               | params.channel must be maestro-<id>
            missing data              | `{"method":"publish","params":{"channel":"maestro-abc"}}`                              | params.data must be a JSON object
            data a string             | `{"method":"publish","params":{"channel":"maestro-abc","data":"hello"}}`               | params.data must be a JSON object
            data an array             | `{"method":"publish","params":{"channel":"maestro-abc","data":[1]}}`                   | params.data must be a JSON object
            broadcast no channels     | `{"method":"broadcast","params":{"channels":[],"data":{}}}`                            | params.channels must be a non-empty array
            broadcast channels string | `{"method":"broadcast","params":{"channels":"maestro-abc","data":{}}}`                 | params.channels must be a non-empty array
            broadcast bad channel     | `{"method":"broadcast","params":{"channels":["maestro-abc","x"],"data":{}}}`           | params.channels[1] must be maestro-<id>
            broadcast data missing    | `{"method":"broadcast","params":{"channels":["maestro-abc"]}}`                         | params.data must be a JSON object
            disconnect without user   | `{"method":"disconnect","params":{}}`                                                  | params.user is required
            disconnect odd user       | `{"method":"disconnect","params":{"user":"a:b"}}`                                      | params.user must be a user id
            disconnect odd generation | `{"method":"disconnect","params":{"user":"abc","generation_below":"2"}}`               | params.generation_below must be a whole number
            disconnect below zero     | `{"method":"disconnect","params":{"user":"abc","generation_below":-1}}`                | params.generation_below must be a whole number
            unsubscribe no channel    | `{"method":"unsubscribe","params":{"user":"abc"}}`                                     | params.channel must be maestro-<id>
            unsubscribe odd user      | `{"method":"unsubscribe","params":{"channel":"maestro-abc","user":7}}`                 | params.user must be a user id
            """)
    void malformedCommandIsBadRequestWithTheReason(String name, String body, String reason) {
        HttpResponse<String> response = post(port, API_KEY, body == null ? "" : body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode err = JSON.readTree(response.body()).path("err");
        assertThat(err.path("name").asString()).isEqualTo("BadRequestError");
        assertThat(err.path("errors").asString()).contains(reason);
    }
}
