package io.maestro.reports.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.reports.domain.ReportOutcome;
import io.maestro.reports.domain.ReportRecords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The report record, updated as 0.6 did: data-app {@code PUT /reports} {@code [{_id, status, msg, columns, aggr}]}.
 * That route upserts, so the record is looked for first: a run that ends before its record is stored (a report
 * started ahead of its save) fails and is tried again, instead of storing a record nobody owns.
 */
@Component
class DataAppReportRecords implements ReportRecords {

    private final DataAppClient dataApp;

    DataAppReportRecords(DataAppClient dataApp) {
        this.dataApp = dataApp;
    }

    @Override
    public void update(String reportId, ReportOutcome outcome) {
        if (find(reportId).isEmpty()) {
            throw new IllegalStateException("Report " + reportId + " is not stored (yet)");
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("_id", reportId);
        change.put("status", outcome.status());
        change.put("msg", outcome.msg());
        if (outcome.columns() != null) {
            change.put("columns", outcome.columns());
        }
        if (outcome.aggr() != null) {
            change.put("aggr", outcome.aggr());
        }
        DataAppClient.BulkResult result = dataApp.upsert("reports", new DataAppClient.Bulk(List.of(change)));
        if (!result.writeErrors().isEmpty()) {
            throw new IllegalStateException("data-app refused the update of report " + reportId + ": "
                    + result.writeErrors().get(0).errmsg());
        }
    }

    @Override
    public Optional<Map<String, Object>> find(String reportId) {
        return dataApp.findOne("reports", Map.of("_id", reportId));
    }
}
