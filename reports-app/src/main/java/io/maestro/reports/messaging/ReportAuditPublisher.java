package io.maestro.reports.messaging;

import io.maestro.common.audit.AuditEvent;
import io.maestro.common.audit.Change;
import io.maestro.common.inventory.Inventory;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.reports.domain.ReportAudit;
import io.maestro.reports.domain.ReportOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A run's change of the report record on the {@code audit} queue, as a {@code PATCH} by {@code reports-app} (0.6 sent
 * audit-app {@code PUT /audit/reports/<id>} with {@code {aggr}}), with the broker's confirm. A broker that does not
 * take the event fails the run, which the {@code reports} queue tries again (as discovery's load steps): the change is
 * never left out of the report's history.
 */
@Component
class ReportAuditPublisher implements ReportAudit {

    private static final String ACTOR = "reports-app";

    private final MessagePublisher publisher;
    private final String auditQueue;

    ReportAuditPublisher(MessagePublisher publisher, @Value(MaestroQueues.AUDIT_QUEUE) String auditQueue) {
        this.publisher = publisher;
        this.auditQueue = auditQueue;
    }

    @Override
    public void recorded(String reportId, ReportOutcome outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", outcome.status());
        body.put("msg", outcome.msg());
        if (outcome.columns() != null) {
            body.put("columns", outcome.columns());
        }
        if (outcome.aggr() != null) {
            body.put("aggr", outcome.aggr());
        }
        publisher.publish(auditQueue, new AuditEvent(Inventory.REPORTS.auditName(), reportId, Change.PATCH, body, ACTOR,
                null));
    }
}
