package io.maestro.reports.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.reports.domain.ReportOutcome;
import io.maestro.reports.domain.ReportRecords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The report record, updated as 0.6 did: data-app {@code PUT /reports} {@code [{_id, status, msg, columns, aggr}]}. */
@Component
class DataAppReportRecords implements ReportRecords {

    private final DataAppClient dataApp;

    DataAppReportRecords(DataAppClient dataApp) {
        this.dataApp = dataApp;
    }

    @Override
    public void update(String reportId, ReportOutcome outcome) {
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
