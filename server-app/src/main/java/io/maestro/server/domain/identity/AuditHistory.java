package io.maestro.server.domain.identity;

import java.util.Map;

/** The change history audit-app keeps of a record. */
public interface AuditHistory {

    /**
     * audit-app's answer to {@code GET /audit/<entity>/<id>} (its list envelope), with the caller's list parameters.
     *
     * @throws io.maestro.common.web.DownstreamException when audit-app is unreachable or answers with an error
     */
    Object history(String entity, String id, Map<String, String> listParameters);
}
