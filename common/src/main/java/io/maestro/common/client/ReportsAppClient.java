package io.maestro.common.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import tools.jackson.databind.JsonNode;

/** reports-app: starting a report (0.6 contract §6). */
@HttpExchange(accept = "application/json", contentType = "application/json")
public interface ReportsAppClient {

    /** {@code POST /reports/<report>} ({@code general} or {@code pivot}): makes the report in the background. */
    @PostExchange("/reports/{report}")
    JsonNode startReport(@PathVariable String report, @RequestBody ReportRequest request);

    /**
     * @param reportId  the id server-app gave the report record
     * @param filters   the filters as a JSON string, as 0.6 sent them
     * @param ownerUser the id whose records the report reads
     */
    record ReportRequest(@JsonProperty("report_id") String reportId, String component, String filters,
            @JsonProperty("owner_user") String ownerUser) {
    }
}
