package io.maestro.discovery.provider.openstack;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Secrets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLHandshakeException;
import org.openstack4j.api.types.Facing;
import org.openstack4j.core.transport.ObjectMapperSingleton;
import org.openstack4j.model.identity.v3.Endpoint;
import org.openstack4j.model.identity.v3.Service;
import org.openstack4j.openstack.identity.v3.domain.KeystoneToken;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A connection's way into its cloud: a Keystone v3 token (a user's password scoped to the connection's project, or an
 * application credential), kept until shortly before it expires, its service catalog read as openstack4j's Keystone
 * model, and GETs of the services' JSON with the token. Calls go through the JDK's HTTP client with the connection's
 * TLS trust ({@link OpenStackTrust}); openstack4j's OkHttp connector cannot take a per-connection CA on Java 9+.
 *
 * <p>Throttling (429, or 503 while a service is overloaded) is waited out as {@code Retry-After} asks, a few times;
 * a token the cloud stops accepting (401) is replaced once. Every failure is a {@link ProviderException} in OpenStack's
 * words with every credential of the connection masked; no token or secret reaches a message or a log line.
 */
public class OpenStackSessions {

    /** How throttled calls wait; tests pass one that records the waits. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The longest a throttled call waits before trying again, whatever {@code Retry-After} asks. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    /** Calls per request while throttled: the first and three more. */
    static final int ATTEMPTS = 4;
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private final Duration timeout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, KeystoneToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    public OpenStackSessions(Duration timeout, Clock clock, Sleeper sleeper) {
        this.timeout = timeout;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * The public endpoint of a service in a region, from the connection's catalog, without a trailing slash.
     *
     * @param region a region of the catalog, or {@code all} for the first public endpoint of any region
     * @throws ProviderException "service not available in this cloud" when the catalog has none
     */
    public String endpoint(SyncConnection connection, OpenStackService service, String region) {
        String best = null;
        int bestPreference = Integer.MAX_VALUE;
        List<? extends Service> catalog = token(connection).getCatalog();
        for (Service entry : catalog == null ? List.<Service>of() : catalog) {
            int preference = service.preference(entry.getType());
            if (preference < 0 || preference >= bestPreference) {
                continue;
            }
            for (Endpoint endpoint : entry.getEndpoints()) {
                if (endpoint.getIface() == Facing.PUBLIC && endpoint.getUrl() != null && inRegion(endpoint, region)) {
                    best = endpoint.getUrl().toString();
                    bestPreference = preference;
                    break;
                }
            }
        }
        if (best == null) {
            throw new ProviderException(service.label() + ": service not available in this cloud (no public endpoint"
                    + ("all".equals(region) ? ")" : " in region " + region + ")"));
        }
        return best.endsWith("/") ? best.substring(0, best.length() - 1) : best;
    }

    /** The id of the project the connection's token is scoped to, when Keystone says. */
    public Optional<String> projectId(SyncConnection connection) {
        KeystoneToken token = token(connection);
        return Optional.ofNullable(token.getProject()).map(project -> project.getId())
                .filter(id -> !id.isBlank());
    }

    /**
     * GETs a JSON object of the cloud with the connection's token.
     *
     * @param action what is read, e.g. {@code Nova servers/detail}, named in failures
     * @param url    absolute, under one of the catalog's endpoints
     */
    public Map<String, Object> get(SyncConnection connection, String action, String url) {
        return get(connection, action, url, Map.of());
    }

    /** As {@link #get(SyncConnection, String, String)}, with more request headers (Nova's microversion). */
    public Map<String, Object> get(SyncConnection connection, String action, String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
                .header("Accept", "application/json");
        headers.forEach(request::header);
        HttpResponse<String> answer = send(connection, action,
                request.copy().header("X-Auth-Token", token(connection).getId()).build());
        if (answer.statusCode() == 401) {
            // revoked or expired early: one new token, then the refusal stands
            tokens.remove(tokenKey(connection));
            answer = send(connection, action, request.header("X-Auth-Token", token(connection).getId()).build());
        }
        if (answer.statusCode() >= 400) {
            throw failure(connection, action + " failed: HTTP " + answer.statusCode() + ": " + message(answer.body()));
        }
        return object(connection, action, answer);
    }

    private KeystoneToken token(SyncConnection connection) {
        String key = tokenKey(connection);
        KeystoneToken cached = tokens.get(key);
        if (cached != null && fresh(cached)) {
            return cached;
        }
        KeystoneToken token = authenticate(connection);
        if (fresh(token)) {
            tokens.put(key, token);
        }
        return token;
    }

    private boolean fresh(KeystoneToken token) {
        Date expires = token.getExpires();
        return expires != null && expires.toInstant().isAfter(clock.instant().plus(TOKEN_MARGIN));
    }

    /** One cached token per connection and the exact credentials it was issued for. */
    private static String tokenKey(SyncConnection connection) {
        Map<String, Object> scope = new TreeMap<>(connection.credentials());
        scope.put(" url", connection.url());
        scope.put(" project", connection.project());
        scope.put(" domain", connection.domain());
        return connection.id() + ":" + Checksums.of(scope);
    }

    private KeystoneToken authenticate(SyncConnection connection) {
        String keystone = keystoneUrl(connection);
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("auth", KeystoneIdentity.of(connection)));
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(keystone + "/auth/tokens")).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> answer = send(connection, "Keystone authentication", request);
        if (answer.statusCode() == 401) {
            throw failure(connection, "Keystone refused the credentials: " + message(answer.body()));
        }
        if (answer.statusCode() >= 400) {
            throw failure(connection, "Keystone authentication failed: HTTP " + answer.statusCode() + ": "
                    + message(answer.body()));
        }
        Optional<String> subject = answer.headers().firstValue("X-Subject-Token");
        KeystoneToken token;
        try {
            token = ObjectMapperSingleton.getContext(KeystoneToken.class).readValue(answer.body(), KeystoneToken.class);
        } catch (IOException | RuntimeException unreadable) {
            throw failure(connection, "Keystone answered HTTP " + answer.statusCode() + " with a token that is not"
                    + " readable");
        }
        if (subject.isEmpty() || token == null) {
            throw failure(connection, "Keystone answered HTTP " + answer.statusCode() + " without a token");
        }
        token.setId(subject.get());
        token.setEndpoint(keystone);
        return token;
    }

    /** The connection's auth URL as Keystone v3's root: {@code https://cloud:5000} → {@code https://cloud:5000/v3}. */
    static String keystoneUrl(SyncConnection connection) {
        String url = connection.url() == null ? "" : connection.url().trim();
        if (url.isEmpty()) {
            throw new ProviderException("The connection has no auth URL (Keystone)");
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.endsWith("/v3") ? url : url + "/v3";
    }

    private HttpResponse<String> send(SyncConnection connection, String action, HttpRequest request) {
        HttpClient client = client(connection);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer;
            try {
                answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (SSLHandshakeException untrusted) {
                throw failure(connection, action + " failed: the TLS certificate is not trusted ("
                        + untrusted.getMessage() + "); give the connection the CA bundle of its cloud");
            } catch (IOException unreachable) {
                String cause = unreachable.getMessage() == null ? unreachable.getClass().getSimpleName()
                        : unreachable.getMessage();
                throw failure(connection, action + " failed: OpenStack could not be reached: " + cause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ProviderException(action + " interrupted");
            }
            int status = answer.statusCode();
            boolean throttled = status == 429 || status == 503;
            if (!throttled) {
                return answer;
            }
            if (attempt >= ATTEMPTS) {
                throw failure(connection, action + " failed: OpenStack is throttling discovery (HTTP " + status
                        + ", " + ATTEMPTS + " attempts): " + message(answer.body()));
            }
            waitBeforeRetry(answer, attempt);
        }
    }

    private void waitBeforeRetry(HttpResponse<String> answer, int attempt) {
        Duration wait = Duration.ofSeconds(attempt);
        Optional<String> retryAfter = answer.headers().firstValue("Retry-After");
        if (retryAfter.isPresent()) {
            try {
                wait = Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.get().trim())));
            } catch (NumberFormatException httpDate) {
                // an HTTP date instead of seconds: the default backoff
            }
        }
        try {
            sleeper.sleep(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProviderException("Interrupted while OpenStack was throttling discovery");
        }
    }

    private HttpClient client(SyncConnection connection) {
        String bundle = connection.credential("ca_bundle");
        String key = bundle == null || bundle.isBlank() ? "" : Checksums.of(bundle);
        return clients.computeIfAbsent(key, ignored -> {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (!key.isEmpty()) {
                builder.sslContext(OpenStackTrust.withBundle(bundle));
            }
            return builder.build();
        });
    }

    private Map<String, Object> object(SyncConnection connection, String action, HttpResponse<String> answer) {
        try {
            Map<String, Object> object = JSON.readValue(answer.body(), OBJECT);
            if (object != null) {
                return object;
            }
        } catch (JacksonException unreadable) {
            // reported below, without the body
        }
        throw failure(connection, action + " failed: OpenStack answered HTTP " + answer.statusCode()
                + " with a body that is not a JSON object");
    }

    /**
     * OpenStack's own words from an error body: Keystone's {@code error.message}, Nova's {@code <fault>.message},
     * Neutron's {@code NeutronError.message}, Octavia's {@code faultstring}; else the body's first line, shortened.
     */
    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "no message";
        }
        try {
            Map<String, Object> error = JSON.readValue(body, OBJECT);
            Object direct = error.get("faultstring") != null ? error.get("faultstring") : error.get("message");
            if (direct != null) {
                return String.valueOf(direct);
            }
            for (Object value : error.values()) {
                if (value instanceof Map<?, ?> fault && fault.get("message") != null) {
                    Object title = fault.get("title");
                    return (title == null ? "" : title + ": ") + fault.get("message");
                }
            }
        } catch (JacksonException notJson) {
            // an HTML or text error page
        }
        String line = body.strip().lines().findFirst().orElse("").replaceAll("<[^>]*>", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static ProviderException failure(SyncConnection connection, String message) {
        return new ProviderException(Secrets.mask(message, connection));
    }

    private static boolean inRegion(Endpoint endpoint, String region) {
        if ("all".equals(region)) {
            return true;
        }
        String wanted = region.toLowerCase(Locale.ROOT);
        return List.of(String.valueOf(endpoint.getRegion()), String.valueOf(endpoint.getRegionId())).stream()
                .anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
