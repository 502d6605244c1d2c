package io.maestro.scheduler.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one job's task (0.6 contract §8) and records the run: an event ({@code success} with the answer, or
 * {@code danger} naming the cause), {@code total_run_count} and {@code last_run_at} on the job, the chained jobs after a
 * success, and the job depleted when it cannot succeed as stored.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code [.../]crawler/<provider>/<connection id>/<task>}: what a {@code connections} job's endpoint names. */
    private static final Pattern CRAWLER_ENDPOINT = Pattern.compile(
            "^(?:.*/)?crawler/([^/]+)/([0-9a-fA-F]{24})/([A-Za-z0-9_-]+)/?$");
    /** What a {@code reports} job may call on reports-app: the refresh of a general or pivot report. */
    private static final Pattern REPORT_REFRESH = Pattern.compile("^/?reports/(general|pivot)/?$");

    private final JobRecords records;
    private final InventoryLookup inventory;
    private final RunEvents events;
    private final ConnectionTasks connections;
    private final ReportRuns reports;
    private final WebhookCalls webhooks;
    private final ScheduleBoard board;
    private final Clock clock;

    public JobRunner(JobRecords records, InventoryLookup inventory, RunEvents events, ConnectionTasks connections,
            ReportRuns reports, WebhookCalls webhooks, ScheduleBoard board, Clock clock) {
        this.records = records;
        this.inventory = inventory;
        this.events = events;
        this.connections = connections;
        this.reports = reports;
        this.webhooks = webhooks;
        this.board = board;
        this.clock = clock;
    }

    /**
     * Runs {@code job} and records the run.
     *
     * @param nextRun the job's next due time, written on the job; null for a chained run
     * @return true when the job was depleted (it must not fire again)
     */
    public boolean run(Job job, Instant nextRun) {
        Instant ranAt = clock.instant();
        RunOutcome outcome;
        boolean depleted = false;
        try {
            outcome = RunOutcome.success(execute(job));
        } catch (InvalidJobException invalid) {
            outcome = RunOutcome.danger(invalid.getMessage());
            depleted = true;
        } catch (RunFailure failure) {
            outcome = RunOutcome.danger(failure.getMessage());
            depleted = failure.depletes();
        }
        events.record(job, outcome);
        records.recordRun(job.id(), ranAt, outcome, depleted ? null : nextRun);
        if (depleted) {
            records.deplete(job.id(), outcome.description());
        } else if (outcome.succeeded()) {
            for (Job.ChainLink link : job.chain()) {
                board.putOneShot(link.jobId(), ranAt.plusSeconds(link.countdownSeconds()));
            }
        }
        log.debug("Job {} ({}) ran: {} {}", job.id(), job.task(), outcome.status(), outcome.description());
        return depleted;
    }

    /** The stored job for a chained run, if it is still enabled and not deleted (else the link does nothing, as 0.6). */
    public Optional<Job> chained(String jobId) {
        return records.job(jobId).filter(Job::scheduled);
    }

    private String execute(Job job) {
        return switch (job.task()) {
            case "connections" -> runConnection(job);
            case "reports" -> runReport(job);
            case "webhook" -> callWebhook(job);
            case "jobs" -> "Chain of " + job.chain().size() + " job(s) started";
            default -> throw new InvalidJobException("task '" + job.task()
                    + "' is none of connections, reports, webhook, jobs");
        };
    }

    /**
     * A webhook calls an outside URL. Maestro's services are not its targets: their internal API trusts the private
     * service token with every tenant's records, and a run's answer goes into an event the job's holders read (S32).
     * A 0.6 job that runs a connection task through {@code source: discovery} runs as a {@code connections} job.
     */
    private String callWebhook(Job job) {
        String endpoint = required(job.endpoint(), "endpoint");
        if (job.source() == null) {
            return webhooks.call(job.method(), endpoint, job.argsObject());
        }
        if ("discovery".equals(job.source()) && CRAWLER_ENDPOINT.matcher(endpoint).matches()) {
            return runConnection(job);
        }
        throw new InvalidJobException("a webhook calls an outside URL; a job on a Maestro service ('" + job.source()
                + "') is a connections or reports job");
    }

    /**
     * The connection must exist, be enabled and active, be writable by the job's holders (a stranger's connection is
     * answered as a missing one), and its task must not be in {@code danger}; else the job is depleted with the
     * reason. Then discovery runs the task.
     */
    private String runConnection(Job job) {
        String endpoint = required(job.endpoint(), "endpoint");
        Matcher parts = CRAWLER_ENDPOINT.matcher(endpoint);
        if (!parts.matches()) {
            throw new InvalidJobException("endpoint '" + endpoint + "' names no connection task "
                    + "(crawler/<provider>/<connection id>/<task>)");
        }
        String provider = parts.group(1);
        String connectionId = parts.group(2);
        String task = parts.group(3);
        Map<String, Object> connection = inventory.connection(connectionId).filter(job::holdersMayWrite)
                .orElseThrow(() -> RunFailure.depleting("Connection " + connectionId + " no longer exists"));
        if (!"enabled".equals(connection.get("status")) || !Boolean.TRUE.equals(connection.get("active"))) {
            throw RunFailure.depleting("Connection " + connectionId + " is disabled or deleted");
        }
        if (connection.get("process") instanceof Map<?, ?> process && process.get(task) instanceof Map<?, ?> state
                && RunOutcome.DANGER.equals(state.get("state"))) {
            throw RunFailure.depleting("Connection " + connectionId + ": its task " + task
                    + " is in danger, fix the connection and enable the job again");
        }
        return connections.run(provider, connectionId, task);
    }

    /**
     * {@code args} name the report ({@code report_id}); it must still be active and writable by the job's holders,
     * else the job is depleted. reports-app is sent a refresh ({@code reports/general} or {@code reports/pivot}) with
     * the args, the report's {@code filters} (as JSON text) and {@code component}, and as {@code owner_user} the
     * report's owner, whose records it holds — never an id the job names.
     */
    private String runReport(Job job) {
        String endpoint = required(job.endpoint(), "endpoint");
        if (!REPORT_REFRESH.matcher(endpoint).matches() || !List.of("POST", "PATCH").contains(job.method())) {
            throw new InvalidJobException("a reports job refreshes a report: POST or PATCH on reports/general or "
                    + "reports/pivot, not " + job.method() + " " + endpoint);
        }
        Map<String, Object> args = job.argsObject();
        Object reportId = args.get("report_id");
        if (reportId == null) {
            throw new InvalidJobException("args must hold report_id");
        }
        Map<String, Object> report = inventory.report(String.valueOf(reportId)).filter(job::holdersMayWrite)
                .orElseThrow(() -> RunFailure.depleting("Report " + reportId + " no longer exists"));
        Map<String, Object> body = new LinkedHashMap<>(args);
        Object filters = report.get("filters");
        body.put("filters", filters instanceof String text ? text : JSON.writeValueAsString(filters));
        body.put("component", report.get("component"));
        if (report.get("owner") instanceof Map<?, ?> owner && owner.get("_id") != null) {
            body.put("owner_user", String.valueOf(owner.get("_id")));
        }
        return reports.run(job.method(), endpoint, body);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidJobException(field + " is missing");
        }
        return value;
    }
}
