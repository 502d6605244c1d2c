package io.maestro.common.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import tools.jackson.databind.JsonNode;

/**
 * reports-app (0.6 contract §6, docs/reports.md): starting a report, reading and dropping its rows. Each route names
 * its own {@code Accept}: {@link #result} sends the caller's, which a second, interface-wide value would compete with.
 */
@HttpExchange(contentType = "application/json")
public interface ReportsAppClient {

    /** {@code POST /reports/<report>} ({@code general} or {@code pivot}): makes the report in the background. */
    @PostExchange(value = "/reports/{report}", accept = "application/json")
    JsonNode startReport(@PathVariable String report, @RequestBody ReportRequest request);

    /**
     * {@code GET /reports/<table>} ({@code <reportId>_<report>}): the rows as {@code accept} asks (JSON page, CSV, XML,
     * text, Ansible inventory, PDF), with the list parameters passed on as values. A download (every format but the
     * JSON page) comes as reports-app writes it, unread: the caller streams the body on and closes it.
     */
    @GetExchange("/reports/{table}")
    ResponseEntity<InputStreamResource> result(@PathVariable String table, @RequestParam Map<String, String> listParameters,
            @RequestHeader(HttpHeaders.ACCEPT) String accept);

    /** {@code DELETE /reports/<table>}: drops the report's rows. */
    @DeleteExchange(value = "/reports/{table}", accept = "application/json")
    void dropResult(@PathVariable String table);

    /**
     * @param reportId  the id server-app gave the report record
     * @param filters   the filters as a JSON string, as 0.6 sent them
     * @param ownerUser the id whose records the report reads
     */
    record ReportRequest(@JsonProperty("report_id") String reportId, String component, String filters,
            @JsonProperty("owner_user") String ownerUser) {
    }
}
