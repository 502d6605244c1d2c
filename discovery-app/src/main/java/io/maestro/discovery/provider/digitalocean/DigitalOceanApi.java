package io.maestro.discovery.provider.digitalocean;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Get for DigitalOcean: one page of a list of its REST API v2 with Spring's {@link RestClient}, the personal access
 * token as a bearer token, at {@code https://api.digitalocean.com} or the connection's {@code url}. Pages follow
 * {@code links.pages.next} (its {@code page} is the page token). The rate limit is waited for, not failed on: a 429 is
 * tried again once {@code ratelimit-reset} (or {@code Retry-After}) has passed, and a page that spends the last request
 * of the budget ({@code ratelimit-remaining: 0}) waits for the reset before the step ends.
 */
final class DigitalOceanApi {

    static final String DEFAULT_URL = "https://api.digitalocean.com";
    static final int PAGE_SIZE = 200;
    /** The longest wait for the rate limit; DigitalOcean's window is a minute. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(65);
    private static final int ATTEMPTS = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    /** How the client waits; tests pass one that records the waits. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration timeout;
    private final Clock clock;
    private final Sleeper sleeper;

    DigitalOceanApi(Duration timeout, Clock clock, Sleeper sleeper) {
        this.timeout = timeout;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * @param path    the list, e.g. {@code /v2/droplets}
     * @param filters more query parameters, e.g. {@code private=true} for the account's own images
     * @param listKey the member of the answer holding the items, e.g. {@code droplets}
     * @throws ProviderException on a refused token (401), a forbidden list, or DigitalOcean failing
     */
    FetchedPage page(SyncConnection connection, String path, Map<String, String> filters, String listKey,
            String pageToken) {
        String token = connection.credential("token");
        if (token == null || token.isBlank()) {
            throw new ProviderException("The connection has no token");
        }
        String base = connection.url() == null || connection.url().isBlank() ? DEFAULT_URL : connection.url().trim();
        RestClient client = RestClient.builder()
                .baseUrl(base)
                .requestFactory(requestFactory())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.trim())
                .build();
        String page = pageToken == null ? "1" : pageToken;
        for (int attempt = 1; ; attempt++) {
            ResponseEntity<String> answer;
            try {
                answer = client.get()
                        .uri(uri -> {
                            uri.path(path);
                            filters.forEach(uri::queryParam);
                            return uri.queryParam("page", page).queryParam("per_page", PAGE_SIZE).build();
                        })
                        .retrieve()
                        .onStatus(HttpStatusCode::isError, (request, response) -> { })
                        .toEntity(String.class);
            } catch (RestClientException unreachable) {
                throw new ProviderException("DigitalOcean " + path + ": " + unreachable.getMostSpecificCause().getMessage());
            }
            int status = answer.getStatusCode().value();
            if (status == 429 && attempt < ATTEMPTS) {
                waitForReset(answer.getHeaders());
                continue;
            }
            if (status >= 400) {
                throw new ProviderException("DigitalOcean " + path + ": " + status + " " + message(answer.getBody()));
            }
            FetchedPage fetched = parse(path, listKey, answer.getBody());
            if ("0".equals(answer.getHeaders().getFirst("ratelimit-remaining"))) {
                waitForReset(answer.getHeaders());
            }
            return fetched;
        }
    }

    private JdkClientHttpRequestFactory requestFactory() {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        return factory;
    }

    /** Waits until {@code ratelimit-reset} (epoch seconds), else {@code Retry-After} seconds, at most a minute or so. */
    private void waitForReset(HttpHeaders headers) {
        Duration wait = Duration.ofSeconds(1);
        String reset = headers.getFirst("ratelimit-reset");
        String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
        try {
            if (reset != null) {
                wait = Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(reset.trim())));
            } else if (retryAfter != null) {
                wait = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
            }
        } catch (NumberFormatException unreadable) {
            wait = Duration.ofSeconds(1);
        }
        if (wait.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProviderException("Interrupted while waiting for DigitalOcean's rate limit");
        }
    }

    private static FetchedPage parse(String path, String listKey, String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException unreadable) {
            throw new ProviderException("DigitalOcean " + path + ": the answer is not JSON");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode item : answer.path(listKey)) {
            if (item.isObject()) {
                items.add(JSON.convertValue(item, OBJECT));
            }
        }
        String next = answer.path("links").path("pages").path("next").asString(null);
        return new FetchedPage(items, next == null || next.isBlank() ? null : pageOf(next));
    }

    /** The {@code page} of a {@code links.pages.next} URL. */
    static String pageOf(String nextUrl) {
        String page = UriComponentsBuilder.fromUri(URI.create(nextUrl)).build().getQueryParams().getFirst("page");
        if (page == null || page.isBlank()) {
            throw new ProviderException("DigitalOcean's next page has no page number: " + nextUrl);
        }
        return page;
    }

    /** DigitalOcean's error {@code {"id": "unauthorized", "message": "Unable to authenticate you"}}, as its words. */
    private static String message(String body) {
        try {
            JsonNode error = JSON.readTree(body == null ? "" : body);
            String id = error.path("id").asString("");
            String message = error.path("message").asString("");
            return id.isEmpty() ? message : id + ": " + message;
        } catch (JacksonException notJson) {
            return "";
        }
    }
}
