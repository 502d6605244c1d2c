package io.maestro.server.domain.audit;

import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.http.ServiceUnavailableException;
import io.maestro.common.web.DownstreamException;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * audit-app's read routes ({@code maestro.peers.audit}, fresh private token per call). audit-app unreachable, too
 * slow or failing is 501 {@code HTTPError} naming it, as {@code GET /me/audit} answers; its 404 (no such row) is a 404
 * and its 422 (a row it cannot use) a 422 here.
 */
@Component
public class AuditServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PeerClients peers;

    public AuditServiceClient(PeerClients peers) {
        this.peers = peers;
    }

    /** {@code GET /audit/<entity>/<id>}: the list envelope of history rows, with the caller's list parameters. */
    public JsonNode history(String entity, String id, Map<String, String> listParameters) {
        return call(() -> client().get()
                .uri(uri -> {
                    uri.path("/audit/{entity}/{id}");
                    listParameters.forEach(uri::queryParam);
                    return uri.build(entity, id);
                })
                .retrieve().body(JsonNode.class), "query");
    }

    /** {@code GET /audit/<entity>/<id>/rows/<rowId>}: one row with {@code state}. */
    public JsonNode row(String entity, String id, String rowId) {
        return call(() -> client().get().uri("/audit/{entity}/{id}/rows/{rowId}", entity, id, rowId)
                .retrieve().body(JsonNode.class), "rowId");
    }

    /** {@code GET /audit/<entity>/<id>/diff?from&to}: {@code {from, to, body}}. */
    public JsonNode diff(String entity, String id, String fromRowId, String toRowId) {
        return call(() -> client().get().uri("/audit/{entity}/{id}/diff?from={from}&to={to}", entity, id, fromRowId, toRowId)
                .retrieve().body(JsonNode.class), "rows");
    }

    private RestClient client() {
        return peers.client(PeerService.AUDIT);
    }

    private static JsonNode call(Supplier<JsonNode> request, String field) {
        try {
            return request.get();
        } catch (ServiceUnavailableException unavailable) {
            throw DownstreamException.http("Audit service (" + PeerService.AUDIT.serviceName() + ") is unavailable: "
                    + unavailable.getMessage(), unavailable);
        } catch (ServiceCallException refused) {
            int status = refused.status().value();
            if (status == 404) {
                throw new NotFoundException(messageOf(refused));
            }
            if (status == 422) {
                throw new ValidatorException(ValidationDetail.field(field, "any.invalid", messageOf(refused)));
            }
            throw DownstreamException.http("Audit service (" + PeerService.AUDIT.serviceName() + ") refused the call: "
                    + refused.getMessage(), refused);
        }
    }

    /** audit-app's {@code err.errors} text, or its whole body when it is not its envelope. */
    private static String messageOf(ServiceCallException refused) {
        try {
            JsonNode errors = JSON.readTree(refused.body()).path("err").path("errors");
            return errors.isString() ? errors.asString() : refused.body();
        } catch (RuntimeException notJson) {
            return refused.body();
        }
    }
}
