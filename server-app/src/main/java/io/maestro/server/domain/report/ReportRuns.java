package io.maestro.server.domain.report;

import io.maestro.common.audit.Change;
import io.maestro.common.client.ReportsAppClient;
import io.maestro.common.http.PeerCallException;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.web.ServiceDisabledException;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs of reports on reports-app (§2.8, docs/reports.md): a saved report (create, PUT, PATCH) is started with
 * {@code POST /reports/<report>}; when reports-app is unreachable, failing or refuses the filters, the record is kept
 * and carries {@code status:"error"} and a {@code msg} saying why (compatibility.md H2). A deleted report's rows are
 * dropped. The rows are read through {@link #result}. With {@code MAESTRO_REPORT_DISABLED} set (any non-empty value,
 * as in 0.6) reports-app is never called: a saved report is at once {@code error} saying so, and its rows are
 * {@code ServiceDisabledError}.
 */
@Service
public class ReportRuns {

    private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COLLECTION = "reports";

    static final String DISABLED_MESSAGE = "reports-app is disabled (MAESTRO_REPORT_DISABLED): the report was not run";

    private final ReportsAppClient reportsApp;
    private final ResourceStore store;
    private final boolean disabled;
    /** Reports a caller started before storing them ({@link DatacenterAnalytics}): their save starts nothing more. */
    private final Set<String> startedAhead = ConcurrentHashMap.newKeySet();

    public ReportRuns(ReportsAppClient reportsApp, ResourceStore store,
            @Value("${maestro.reports.disabled:}") String disabledSetting) {
        this.reportsApp = reportsApp;
        this.store = store;
        this.disabled = !disabledSetting.isEmpty();
    }

    /** Whether {@code MAESTRO_REPORT_DISABLED} turned reports off: reports-app is then never called. */
    public boolean isDisabled() {
        return disabled;
    }

    /** Starts a report that is stored afterwards with id {@code request.reportId()}; reports-app's reply. */
    JsonNode startAhead(String report, ReportsAppClient.ReportRequest request) {
        failIfDisabled();
        JsonNode reply = reportsApp.startReport(report, request);
        startedAhead.add(request.reportId());
        return reply;
    }

    /** Before a write: a report saved again runs again, so it is {@code process} until reports-app says otherwise. */
    public void beforeSave(Change change, Document fields, Actor actor) {
        if (change != Change.DELETE) {
            fields.put("status", "process");
        }
    }

    /** After a write: starts the saved report, or drops the deleted one's rows. */
    public void afterSave(Change change, Document record, Actor actor) {
        if (record == null) {
            return;
        }
        String reportId = record.getObjectId("_id").toHexString();
        if (change == Change.DELETE) {
            drop(reportId, record.getString("report"));
        } else if (!startedAhead.remove(reportId)) {
            start(record, reportId, actor);
        }
    }

    private void start(Document record, String reportId, Actor actor) {
        if (disabled) {
            fail(record, DISABLED_MESSAGE);
            return;
        }
        ReportsAppClient.ReportRequest request = new ReportsAppClient.ReportRequest(reportId,
                record.getString("component"), JSON.writeValueAsString(record.get("filters") == null ? List.of()
                : record.get("filters")), owner(record, actor));
        try {
            reportsApp.startReport(record.getString("report"), request);
        } catch (PeerCallException failed) {
            log.warn("Report {} not started: {}", reportId, failed.getMessage());
            fail(record, reason(failed));
        }
    }

    private void fail(Document record, String message) {
        Document error = new Document("status", "error").append("msg", message);
        store.update(COLLECTION, new Document("_id", record.getObjectId("_id")), new Document("$set", error), null);
        // the answer to the save shows it too
        record.putAll(error);
    }

    private void failIfDisabled() {
        if (disabled) {
            throw new ServiceDisabledException("REPORT");
        }
    }

    /**
     * The tenant whose records the report holds: the report's owner (a user, or the team of a team report), not the
     * person saving it, so that someone the report is shared with cannot fill it with what only they may read.
     */
    private static String owner(Document record, Actor actor) {
        Object owner = record.get("owner");
        if (owner instanceof Document ownerDocument && ownerDocument.get("_id") != null) {
            Object id = ownerDocument.get("_id");
            return id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
        }
        return actor.actingAs().id();
    }

    /** reports-app's own words for filters it refused ({@code "filters.0.filter" must be ...}), else the failure. */
    private static String reason(PeerCallException failed) {
        if (failed instanceof ServiceCallException refused && refused.status().is4xxClientError()
                && refused.answer().detail() instanceof JsonNode details && details.path(0).path("message").isString()) {
            return "reports-app refused the report: " + details.path(0).path("message").asString();
        }
        return failed.describe();
    }

    private void drop(String reportId, String report) {
        if (report == null || disabled) {
            return;
        }
        try {
            reportsApp.dropResult(reportId + "_" + report);
        } catch (PeerCallException failed) {
            // the record is deleted either way; its rows stay in reports-app's store until the report runs again
            log.warn("Rows of report {} not dropped: {}", reportId, failed.describe());
        }
    }

    /**
     * The rows of a stored report from reports-app, as {@code accept} asks; a reports-app failure is thrown. The
     * caller streams the body on and closes it.
     */
    public ResponseEntity<InputStreamResource> result(Document report, Map<String, String> listParameters, String accept) {
        failIfDisabled();
        String table = report.getObjectId("_id").toHexString() + "_" + report.getString("report");
        return reportsApp.result(table, listParameters, accept == null || accept.isBlank() ? "application/json"
                : accept);
    }
}
