package io.maestro.analytics.domain;

import java.util.Map;

/** Where a drawn map goes: analytics-front, which stores its files and marks the graph {@code finished}. */
public interface MapArtifacts {

    /**
     * @param details what the viewer shows beside the drawing (applications with their servers, the metrics)
     */
    void send(GraphJob job, int total, IsometricSvg.Drawing drawing, byte[] png, String drawio, String mermaid,
            Map<String, Object> details);
}
