package io.maestro.common.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import tools.jackson.databind.JsonNode;

/** analytics-front (0.6 contract §7.2, docs/analytics.md): storing a drawn map, which marks its graph finished. */
@HttpExchange(accept = "application/json", contentType = "application/json")
public interface AnalyticsFrontClient {

    /** {@code POST /graphs}: stores the artifacts and marks the graph {@code finished}. */
    @PostExchange("/graphs")
    JsonNode storeGraph(@RequestBody GraphArtifacts artifacts);

    /**
     * One drawn map.
     *
     * @param graphId the graph record's id
     * @param ownerId the user or team it was drawn for
     * @param total   how many applications it shows (none when absent: a body without it is still checked, not
     *                refused by the binding)
     * @param svg     the isometric drawing
     * @param png     the drawing as PNG, Base64
     * @param drawio  the draw.io (mxGraph XML) file
     * @param mermaid the Mermaid flowchart
     * @param details what the viewer shows beside the drawing: {@code apps} (each with its {@code servers}) and the
     *                metrics written to the record ({@code info}, {@code ifamilies}, {@code isystems}...)
     */
    record GraphArtifacts(@JsonProperty("graph_id") String graphId, @JsonProperty("owner_id") String ownerId,
            Integer total, String svg, String png, String drawio, String mermaid, Map<String, Object> details) {
    }
}
