package io.maestro.server.domain.audit;

import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.PeerUris;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.http.ServiceUnavailableException;
import io.maestro.common.web.DownstreamException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.identity.AuditHistory;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * audit-app's read routes ({@code maestro.peers.audit}, fresh private token per call), for the records' history and
 * {@code GET /me/audit}. audit-app unreachable, too slow or failing is 501 {@code HTTPError} naming it, as 0.6 answered
 * {@code GET /me/audit}; its refusals are the caller's (a 404, a bad list parameter), except a row it cannot use, which
 * is 422 naming the row parameter.
 */
@Component
public class AuditServiceClient implements AuditHistory {

    private final PeerClients peers;

    public AuditServiceClient(PeerClients peers) {
        this.peers = peers;
    }

    /** {@code GET /audit/<entity>/<id>}: the list envelope of history rows, with the caller's list parameters. */
    @Override
    public JsonNode history(String entity, String id, Map<String, String> listParameters) {
        return call(() -> client().get().uri(PeerUris.of("/audit/{entity}/{id}", listParameters, entity, id))
                .retrieve().body(JsonNode.class), null);
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

    /** @param rowField the parameter naming the row(s) audit-app's 422 is about, or null to pass its 422 on */
    private static JsonNode call(Supplier<JsonNode> request, String rowField) {
        try {
            return request.get();
        } catch (ServiceUnavailableException unavailable) {
            throw DownstreamException.http(unavailable.describe(), unavailable);
        } catch (ServiceCallException refused) {
            if (refused.status().value() == 422 && rowField != null) {
                throw new ValidatorException(ValidationDetail.field(rowField, "any.invalid",
                        String.valueOf(refused.answer().detail())));
            }
            throw refused.answer();
        }
    }
}
