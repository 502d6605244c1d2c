package io.maestro.server.domain.connection;

import io.maestro.common.client.DiscoveryAppClient;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What server-app asks discovery-app (§2.12): the provider catalogue ({@code /available/info}), the crawl rules
 * ({@code /available/rules}, {@code {items:[{value:{permissions:{<task>:[<command>, ...]}}}]}}) and the start of a
 * crawl ({@code PUT /crawler/<provider>/<connection>/<task>}). discovery failing is answered as every peer failure
 * (docs/architecture.md "Peer failures"); an unknown provider or task is 422 naming the field.
 */
@Component
public class DiscoveryCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DiscoveryAppClient discovery;

    public DiscoveryCatalogue(DiscoveryAppClient discovery) {
        this.discovery = discovery;
    }

    /** {@code GET /available/info}, or {@code /available/info/<provider>} when a provider is given. */
    public JsonNode info(String provider) {
        return provider == null ? discovery.providers() : discovery.provider(provider);
    }

    /** {@code GET /available/rules}, or {@code /available/rules/<provider>} when a provider is given. */
    public JsonNode rules(String provider) {
        return provider == null ? discovery.rules() : discovery.rules(provider);
    }

    /**
     * The tasks a new connection of the provider gets a job for: those whose first command says {@code init_job}.
     * A provider discovery does not know is 422 naming {@code provider}.
     */
    public List<String> initialTasks(String providerKey) {
        JsonNode permissions = unknownAs("provider", "Discovery has no provider '" + providerKey + "'", Set.of(404, 422),
                () -> discovery.rules(providerKey)).path("items").path(0).path("value").path("permissions");
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
        return unknownAs("command", null, Set.of(422), () -> discovery.startTask(providerKey, connectionId, task));
    }

    /** Discovery's refusal with one of {@code statuses} as a 422 naming {@code field}, with {@code message} or else its own. */
    private static JsonNode unknownAs(String field, String message, Set<Integer> statuses, Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (ServiceCallException refused) {
            if (!statuses.contains(refused.status().value())) {
                throw refused;
            }
            throw new ValidatorException(ValidationDetail.field(field, "any.allowOnly",
                    message != null ? message : messageOf(refused.body())));
        }
    }

    /**
     * discovery's {@code {error:{msg}}}, {@code {msg}} or {@code err.errors} text, the reason of its first validation
     * detail (the Maestro envelope, without the field name it quotes: the answer names its own field), or its whole body.
     */
    private static String messageOf(String body) {
        try {
            JsonNode reply = JSON.readTree(body);
            for (JsonNode candidate : List.of(reply.path("error").path("msg"), reply.path("msg"), reply.path("message"),
                    reply.path("err").path("errors"))) {
                if (candidate.isString()) {
                    return candidate.asString();
                }
            }
            JsonNode detail = reply.path("err").path("errors").path(0);
            if (detail.path("message").isString()) {
                String message = detail.path("message").asString();
                String quotedField = "\"" + detail.path("context").path("label").asString() + "\" ";
                return message.startsWith(quotedField) ? message.substring(quotedField.length()) : message;
            }
            return body;
        } catch (RuntimeException notJson) {
            return body;
        }
    }
}
