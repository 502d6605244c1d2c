package io.maestro.server.domain.identity;

import java.util.Map;

/** The change history audit-app keeps of a record. */
public interface AuditHistory {

    /**
     * audit-app's answer to {@code GET /audit/<entity>/<id>} (its list envelope), with the caller's list parameters.
     *
     * @throws io.maestro.common.web.DownstreamException when audit-app is unreachable or failing (501)
     * @throws io.maestro.common.web.MaestroException audit-app's refusal of the parameters, its 4xx in its words
     */
    Object history(String entity, String id, Map<String, String> listParameters);
}
