package io.maestro.analytics.store;

import io.maestro.analytics.domain.GraphJob;
import io.maestro.analytics.domain.IsometricSvg;
import io.maestro.analytics.domain.MapArtifacts;
import io.maestro.common.client.AnalyticsFrontClient;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The drawn map to analytics-front's {@code POST /graphs} (0.6: send.server, the SVG only). */
@Component
class FrontMapArtifacts implements MapArtifacts {

    private final AnalyticsFrontClient front;

    FrontMapArtifacts(AnalyticsFrontClient front) {
        this.front = front;
    }

    @Override
    public void send(GraphJob job, int total, IsometricSvg.Drawing drawing, byte[] png, String drawio,
            String mermaid, Map<String, Object> details) {
        front.storeGraph(new AnalyticsFrontClient.GraphArtifacts(job.graphId(), job.ownerId(), total, drawing.svg(),
                Base64.getEncoder().encodeToString(png), drawio, mermaid, details));
    }
}
