package io.maestro.analyticsfront.domain;

import io.maestro.common.client.AnalyticsFrontClient;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a drawn map (0.6 §7.2 {@code POST /graphs}: its HTML viewer, SVG, PNG, draw.io and Mermaid files) and marks
 * its graph {@code finished}; serves those files to the readers the routes let through.
 */
@Service
public class GraphArtifacts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArtifactStore store;
    private final GraphRecords records;

    public GraphArtifacts(ArtifactStore store, GraphRecords records) {
        this.store = store;
        this.records = records;
    }

    /** @return the formats stored */
    public List<String> store(AnalyticsFrontClient.GraphArtifacts map) {
        List<ValidationDetail> invalid = new ArrayList<>();
        if (map.graphId() == null) {
            invalid.add(ValidationDetail.field("graph_id", "any.required", "is required"));
        } else if (!ObjectId.isValid(map.graphId())) {
            invalid.add(ValidationDetail.field("graph_id", "string.hex", "must be an id of 24 hex digits"));
        }
        if (map.svg() == null || map.svg().isBlank()) {
            invalid.add(ValidationDetail.field("svg", "any.required", "is required"));
        }
        byte[] png = null;
        try {
            png = map.png() == null ? null : Base64.getDecoder().decode(map.png());
        } catch (IllegalArgumentException notBase64) {
            invalid.add(ValidationDetail.field("png", "string.base64", "must be Base64"));
        }
        if (!invalid.isEmpty()) {
            throw new ValidatorException(invalid);
        }
        Map<String, Object> graph = records.find(map.graphId())
                .orElseThrow(() -> new NotFoundException("Graph not found"));
        String name = String.valueOf(graph.getOrDefault("name", "Map"));
        String details = JSON.writeValueAsString(map.details() == null ? Map.of() : map.details());
        List<String> stored = new ArrayList<>();
        save(map.graphId(), ArtifactFormat.SVG, map.svg(), stored);
        if (png != null) {
            store.save(map.graphId(), ArtifactFormat.PNG, png);
            stored.add(ArtifactFormat.PNG.extension());
        }
        save(map.graphId(), ArtifactFormat.DRAWIO, map.drawio(), stored);
        save(map.graphId(), ArtifactFormat.MMD, map.mermaid(), stored);
        save(map.graphId(), ArtifactFormat.HTML, MapViewer.render(name, map.svg(), details), stored);
        if (!records.markFinished(map.graphId())) {
            throw new NotFoundException("Graph not found");
        }
        return stored;
    }

    private void save(String graphId, ArtifactFormat format, String text, List<String> stored) {
        if (text != null) {
            store.save(graphId, format, text.getBytes(StandardCharsets.UTF_8));
            stored.add(format.extension());
        }
    }

    public Optional<byte[]> read(String graphId, ArtifactFormat format) {
        return store.read(graphId, format);
    }
}
