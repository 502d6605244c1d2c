package io.maestro.analytics.domain;

import java.util.Map;
import java.util.Optional;

/** The graph records (server-app's {@code graphs}), which a run reads and updates. */
public interface GraphRecords {

    /** Sets {@code fields} on the graph record; a record that is not stored (yet) is an error. */
    void update(String graphId, Map<String, Object> fields);

    Optional<Map<String, Object>> find(String graphId);
}
