package io.maestro.scheduler.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.common.http.ServiceCallException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The data-app routes the scheduler's adapters share (docs/data-app.md), on common's {@link DataAppClient}. */
@Component
class DataAppCalls {

    /** Rows per page when reading many jobs: small answers, few round trips. */
    static final int PAGE_SIZE = 1000;

    private final DataAppClient data;

    DataAppCalls(DataAppClient data) {
        this.data = data;
    }

    /** {@code POST /<entity>} page after page: every document matching {@code query}. */
    List<Map<String, Object>> findAll(String entity, Map<String, Object> query) {
        return data.findAll(entity, query, PAGE_SIZE);
    }

    Optional<Map<String, Object>> findOne(String entity, Map<String, Object> query) {
        return data.findOne(entity, query);
    }

    /** {@code GET /connections/<id>}; empty when data-app knows no such connection. */
    Optional<Map<String, Object>> connection(String id) {
        try {
            return Optional.ofNullable(data.connection(id));
        } catch (ServiceCallException refused) {
            if (refused.status().value() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** {@code PUT /<entity>} {@code {body: documents}}: bulk upsert or insert. */
    void bulk(String entity, List<Map<String, Object>> documents) {
        data.upsert(entity, new DataAppClient.Bulk(documents));
    }

    /** {@code POST /sync}: {@code updateMany(query, body)}, plain keys set and {@code $}-keys operators. */
    void updateMany(String entity, Map<String, Object> query, Map<String, Object> body) {
        data.updateMany(new DataAppClient.UpdateMany(entity, query, body));
    }
}
