package io.maestro.server.domain.connection;

import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.peer.PeerCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What server-app asks discovery-app (§2.12): the provider catalogue ({@code /available/info}), the crawl rules
 * ({@code /available/rules}, {@code {items:[{value:{permissions:{<task>:[<command>, ...]}}}]}}) and the start of a
 * crawl ({@code PUT /crawler/<provider>/<connection>/<task>}). discovery unreachable or failing is 503, see
 * {@link PeerCalls}.
 */
@Component
public class DiscoveryCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PeerClients peers;

    public DiscoveryCatalogue(PeerClients peers) {
        this.peers = peers;
    }

    /** {@code GET /available/info}, or {@code /available/info/<provider>} when a provider is given. */
    public JsonNode info(String provider) {
        return get("/available/info", provider);
    }

    /** {@code GET /available/rules}, or {@code /available/rules/<provider>} when a provider is given. */
    public JsonNode rules(String provider) {
        return get("/available/rules", provider);
    }

    /**
     * The tasks a new connection of the provider gets a job for: those whose first command says {@code init_job}.
     * A provider discovery does not know is 422 naming {@code provider}.
     */
    public List<String> initialTasks(String providerKey) {
        JsonNode permissions = get("/available/rules", providerKey, unknown("provider",
                "Discovery has no provider '" + providerKey + "'", Set.of(404, 422))).path("items").path(0).path("value").path("permissions");
        List<String> tasks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> task : permissions.properties()) {
            if (task.getValue().path(0).path("init_job").asBoolean(false)) {
                tasks.add(task.getKey());
            }
        }
        return tasks;
    }

    /**
     * {@code PUT /crawler/<provider>/<connection>/<task>}: discovery's reply. A task the provider does not have is 422
     * naming {@code command}, with discovery's message.
     */
    public JsonNode startTask(String providerKey, String connectionId, String task) {
        return PeerCalls.call(() -> peers.client(PeerService.DISCOVERY).put()
                .uri("/crawler/{provider}/{connection}/{task}", providerKey, connectionId, task)
                .retrieve().body(JsonNode.class), unknown("command", null, Set.of(422)));
    }

    private JsonNode get(String path, String provider) {
        return get(path, provider, refused -> null);
    }

    private JsonNode get(String path, String provider, Function<ServiceCallException, RuntimeException> refusal) {
        return PeerCalls.call(() -> peers.client(PeerService.DISCOVERY).get()
                .uri(uri -> provider == null ? uri.path(path).build() : uri.path(path + "/{provider}").build(provider))
                .retrieve().body(JsonNode.class), refusal);
    }

    /** Discovery's refusal with one of {@code statuses} as a 422 naming {@code field}, with {@code message} or else its own. */
    private static Function<ServiceCallException, RuntimeException> unknown(String field, String message,
            Set<Integer> statuses) {
        return refused -> {
            if (!statuses.contains(refused.status().value())) {
                return null;
            }
            return new ValidatorException(ValidationDetail.field(field, "any.allowOnly",
                    message != null ? message : messageOf(refused.body())));
        };
    }

    /** discovery's {@code {error:{msg}}}, {@code {msg}} or {@code err.errors} text, or its whole body. */
    private static String messageOf(String body) {
        try {
            JsonNode reply = JSON.readTree(body);
            for (JsonNode candidate : List.of(reply.path("error").path("msg"), reply.path("msg"), reply.path("message"),
                    reply.path("err").path("errors"))) {
                if (candidate.isString()) {
                    return candidate.asString();
                }
            }
            return body;
        } catch (RuntimeException notJson) {
            return body;
        }
    }
}
