package io.maestro.scheduler.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
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
            case "webhook" -> webhooks.call(job.method(), job.source(), required(job.endpoint(), "endpoint"),
                    job.argsObject());
            case "jobs" -> "Chain of " + job.chain().size() + " job(s) started";
            default -> throw new InvalidJobException("task '" + job.task()
                    + "' is none of connections, reports, webhook, jobs");
        };
    }

    /**
     * The connection must exist, be enabled and active, and its task must not be in {@code danger}; else the job is
     * depleted with the reason. Then discovery runs the task.
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
        Map<String, Object> connection = inventory.connection(connectionId).orElseThrow(() ->
                RunFailure.depleting("Connection " + connectionId + " no longer exists"));
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
     * {@code args} name the report ({@code report_id}) and its owner ({@code owner_user}); the report must still be
     * active and theirs, else the job is depleted. reports-app is sent the args with the report's {@code filters}
     * (as JSON text) and {@code component}.
     */
    private String runReport(Job job) {
        Map<String, Object> args = job.argsObject();
        Object reportId = args.get("report_id");
        Object owner = args.get("owner_user");
        if (reportId == null || owner == null) {
            throw new InvalidJobException("args must hold report_id and owner_user");
        }
        Map<String, Object> report = inventory.report(String.valueOf(reportId), String.valueOf(owner)).orElseThrow(() ->
                RunFailure.depleting("Report " + reportId + " of " + owner + " no longer exists"));
        Map<String, Object> body = new LinkedHashMap<>(args);
        Object filters = report.get("filters");
        body.put("filters", filters instanceof String text ? text : JSON.writeValueAsString(filters));
        body.put("component", report.get("component"));
        return reports.run(job.method(), required(job.endpoint(), "endpoint"), body);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidJobException(field + " is missing");
        }
        return value;
    }
}
