package io.maestro.websocket;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

/** What the tests need around the service: the publish API as a backend calls it, user tokens and fresh ids. */
final class PublishApi {

    static final String API_KEY = "apikey " + MaestroTestEnvironment.SECRETS.get("MAESTRO_WEBSOCKET_SECRET");
    static final UserSessionTokens SESSIONS =
            new UserSessionTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT"), Duration.ofHours(1));

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublishApi() {
    }

    /** A fresh ObjectId-shaped id, so that tests sharing the broker never share a channel. */
    static String newId() {
        return String.format("%024x", new BigInteger(96, RANDOM));
    }

    static String tokenFor(String userId) {
        return tokenFor(userId, 0);
    }

    /** A token of the user's session generation {@code generation} (one more after each password change). */
    static String tokenFor(String userId, long generation) {
        return SESSIONS.issue(new SessionUser(userId, "User " + userId, userId + "@example.com", null, generation));
    }

    /** What server-app sends when a user's sessions end: all of them, or those below {@code generationBelow}. */
    static HttpResponse<String> disconnect(int port, String userId, Long generationBelow) {
        String below = generationBelow == null ? "" : ",\"generation_below\":" + generationBelow;
        return post(port, API_KEY, "{\"method\":\"disconnect\",\"params\":{\"user\":\"" + userId + "\"" + below + "}}");
    }

    /** What server-app sends when a member leaves a team ({@code userId}), or the team is deleted (null). */
    static HttpResponse<String> unsubscribe(int port, String channel, String userId) {
        String user = userId == null ? "" : ",\"user\":\"" + userId + "\"";
        return post(port, API_KEY, "{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"" + channel + "\"" + user + "}}");
    }

    static HttpResponse<String> post(int port, String authorization, String body) {
        return post(port, authorization, "application/json", body);
    }

    /** {@code POST /api} labelled {@code contentType} (none when null), as curl and other HTTP clients send it. */
    static HttpResponse<String> post(int port, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> publish(int port, String channel, String dataJson) {
        return post(port, API_KEY, "{\"method\":\"publish\",\"params\":{\"channel\":\"" + channel + "\",\"data\":" + dataJson + "}}");
    }

    static HttpResponse<String> broadcast(int port, String channelsJson, String dataJson) {
        return post(port, API_KEY, "{\"method\":\"broadcast\",\"params\":{\"channels\":" + channelsJson + ",\"data\":" + dataJson + "}}");
    }
}
