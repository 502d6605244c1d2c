package io.maestro.common.client;

import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * audit-app's read routes (docs/audit-app.md): the change history of a record, one change with the state after it,
 * and the difference between two changes. {@code entity} is the audit name ({@code servers}, {@code system}, ...).
 */
@HttpExchange(accept = "application/json")
public interface AuditAppClient {

    /** {@code GET /audit/<entity>/<id>}: the list envelope of history rows; the list parameters are passed on as values. */
    @GetExchange("/audit/{entity}/{id}")
    JsonNode history(@PathVariable String entity, @PathVariable String id,
            @RequestParam Map<String, String> listParameters);

    /** {@code GET /audit/<entity>/<id>/rows/<rowId>}: one row with {@code state}. */
    @GetExchange("/audit/{entity}/{id}/rows/{rowId}")
    JsonNode row(@PathVariable String entity, @PathVariable String id, @PathVariable String rowId);

    /** {@code GET /audit/<entity>/<id>/diff?from&to}: {@code {from, to, body}}. */
    @GetExchange("/audit/{entity}/{id}/diff")
    JsonNode diff(@PathVariable String entity, @PathVariable String id, @RequestParam("from") String fromRowId,
            @RequestParam("to") String toRowId);
}
