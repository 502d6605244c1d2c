package io.maestro.reports.domain;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.messaging.StripedLocks;
import io.maestro.common.notify.Notice;
import io.maestro.common.notify.NotificationClient;
import io.maestro.common.web.MaestroException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs one report (0.6 contract §6): drops its result table, reads the inventory in one query handed over
 * {@code MAESTRO_INSERT_QTD} rows at a time (a pivot: the rows of {@code maestro.reports.pivot-batch} first-level
 * records, joined by {@link PivotJoins})
 * and stores each batch as it comes (the charts are counted on the way, so the rows are never held whole),
 * then leaves {@code status}, {@code msg}, {@code columns} and {@code aggr} on the report record, records that change
 * in its history and tells the owner's dashboards ({@code reports-update}, {@code reports-<id>}).
 */
@Service
public class ReportRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);

    private final Inventory inventory;
    private final PivotJoins pivotJoins;
    private final ResultTables results;
    private final ReportRecords records;
    private final ReportAudit audit;
    private final NotificationClient notifications;
    private final int batchSize;
    private final int pivotBatch;
    private final StripedLocks runsOfOneReport = new StripedLocks(64);

    public ReportRunner(Inventory inventory, ResultTables results, ReportRecords records, ReportAudit audit,
            NotificationClient notifications, ReportsProperties properties) {
        this.inventory = inventory;
        this.pivotJoins = new PivotJoins(inventory, properties.pivotBatch());
        this.results = results;
        this.records = records;
        this.audit = audit;
        this.notifications = notifications;
        this.batchSize = properties.insertQtd();
        this.pivotBatch = properties.pivotBatch();
    }

    /**
     * Runs {@code job}. A failure (data-app down, its store refusing the query) leaves status {@code error} with a
     * message on the record, and is thrown again so that the queue tries the run again; a later success overwrites it.
     * A broker that does not take the audit event fails the run too (the record already shows the outcome; the owner
     * is told once the change is in its history).
     */
    public ReportOutcome run(ReportJob job) {
        // two runs of one report (saved twice in a row) would drop and fill the same table at once: one at a time
        Lock lock = runsOfOneReport.of(job.table());
        lock.lock();
        try {
            ReportOutcome outcome;
            try {
                outcome = collect(job);
            } catch (RuntimeException failed) {
                try {
                    finish(job, ReportOutcome.failed(reason(failed)));
                } catch (RuntimeException notRecorded) {
                    failed.addSuppressed(notRecorded);
                }
                throw failed;
            }
            finish(job, outcome);
            return outcome;
        } finally {
            lock.unlock();
        }
    }

    private ReportOutcome collect(ReportJob job) {
        ReportQuery query = job.query();
        String table = job.table();
        results.drop(table);
        Collected collected = new Collected();
        inventory.read(query.entity(), query.query(), query.pivot() ? pivotBatch : batchSize, read -> {
            List<Map<String, Object>> rows = query.pivot() ? pivotJoins.rows(read, query.joins()) : read;
            List<Map<String, Object>> batch = rows.stream().map(ReportRunner::row).toList();
            if (!batch.isEmpty()) {
                results.insert(table, batch);
            }
            collected.add(batch);
        });
        return collected.outcome();
    }

    /** What a run learns of its rows as they are stored: the first ones (for the columns), the charts, the count. */
    private static final class Collected {

        private final List<Map<String, Object>> sample = new ArrayList<>();
        private final ChartAggregations charts = new ChartAggregations();
        private long stored;

        void add(List<Map<String, Object>> batch) {
            for (Map<String, Object> row : batch) {
                if (sample.size() < ResultHeaders.SAMPLE) {
                    sample.add(row);
                }
                charts.add(row);
            }
            stored += batch.size();
        }

        ReportOutcome outcome() {
            return stored == 0 ? ReportOutcome.empty()
                    : ReportOutcome.finished(ResultHeaders.of(sample), charts.result(), stored);
        }
    }

    /** A stored row: the record without its {@code _id}, which the result table gives afresh (0.6 dropped it too). */
    private static Map<String, Object> row(Map<String, Object> record) {
        Map<String, Object> row = new LinkedHashMap<>(record);
        row.remove("_id");
        return row;
    }

    private void finish(ReportJob job, ReportOutcome outcome) {
        records.update(job.reportId(), outcome);
        audit.recorded(job.reportId(), outcome);
        notifications.publish(job.ownerUser(), notice(outcome), List.of("reports-update", "reports-" + job.reportId()));
    }

    private static Notice notice(ReportOutcome outcome) {
        return switch (outcome.status()) {
            case "finished" -> Notice.success("Report", "The report is ready: " + outcome.rows() + " rows");
            case "warning" -> Notice.warning("Report", outcome.msg());
            default -> Notice.danger("Report", outcome.msg());
        };
    }

    /** What the owner reads on the record: the peer's or the store's words, never a class name. */
    private static String reason(RuntimeException failed) {
        log.warn("Report run failed: {}", failed.toString());
        if (failed instanceof PeerCallException peer) {
            return peer.describe();
        }
        if (failed instanceof MaestroException maestro) {
            return String.valueOf(maestro.detail());
        }
        return "The report could not be made: an internal error occurred";
    }
}
