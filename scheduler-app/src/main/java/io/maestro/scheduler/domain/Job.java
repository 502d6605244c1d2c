package io.maestro.scheduler.domain;

import io.maestro.common.acl.AclRoles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scheduler job as server-app stores it in {@code schedulers} (0.6 contract §2.8), read leniently: what a run needs
 * is checked when it runs, so that one bad job ends as its own {@code danger} event instead of stopping the others.
 *
 * @param fields the stored document, as data-app answers it (ids as 24-hex strings, dates as ISO text)
 */
public record Job(Map<String, Object> fields) {

    /** What the scheduler keeps of a job between runs: the fields that decide when and how it runs. */
    static final List<String> RUN_FIELDS = List.of("_id", "name", "task", "endpoint", "method", "source", "args",
            "chain", "period_type", "interval", "cron", "enabled", "active", "run_immediately", "link", "roles",
            "updated_at");

    public Job {
        fields = Map.copyOf(withoutNulls(fields));
    }

    public String id() {
        return text("_id");
    }

    public String name() {
        String name = text("name");
        return name == null ? id() : name;
    }

    public String task() {
        String task = text("task");
        return task == null ? "webhook" : task;
    }

    public String endpoint() {
        return text("endpoint");
    }

    public String method() {
        String method = text("method");
        return method == null ? "GET" : method.toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code discovery}, {@code report}, {@code analytic}, or null when the endpoint is an absolute URL. */
    public String source() {
        return text("source");
    }

    /** {@code updated_at} as stored: tells one stored version of the job from the next. */
    public String revision() {
        return text("updated_at");
    }

    /** Enabled and not deleted: the only jobs that fire. */
    public boolean scheduled() {
        return !Boolean.FALSE.equals(fields.get("enabled")) && !Boolean.FALSE.equals(fields.get("active"));
    }

    public boolean runImmediately() {
        return Boolean.TRUE.equals(fields.get("run_immediately"));
    }

    /** {@code args} ({@code [{key, value}]}) as one object, the body 0.6 sent: later keys win. */
    public Map<String, Object> argsObject() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (fields.get("args") instanceof List<?> args) {
            for (Object arg : args) {
                if (arg instanceof Map<?, ?> pair && pair.get("key") != null) {
                    body.put(String.valueOf(pair.get("key")), pair.get("value"));
                }
            }
        }
        return body;
    }

    /** The jobs to run after this one succeeds, each after its countdown. */
    public List<ChainLink> chain() {
        List<ChainLink> links = new ArrayList<>();
        if (fields.get("chain") instanceof List<?> chain) {
            for (Object entry : chain) {
                if (entry instanceof Map<?, ?> link && link.get("_id") != null) {
                    links.add(new ChainLink(String.valueOf(link.get("_id")), countdownSeconds(link.get("countdown"))));
                }
            }
        }
        return links;
    }

    /** The fields a run needs, to be kept with its schedule. */
    public Map<String, Object> runFields() {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String field : RUN_FIELDS) {
            if (fields.containsKey(field)) {
                kept.put(field, fields.get(field));
            }
        }
        return kept;
    }

    /** Whether {@code other} runs as this job does: the same run fields, whatever its stored version. */
    public boolean runsAs(Job other) {
        Map<String, Object> mine = new LinkedHashMap<>(runFields());
        Map<String, Object> theirs = new LinkedHashMap<>(other.runFields());
        mine.remove("updated_at");
        theirs.remove("updated_at");
        return mine.equals(theirs);
    }

    /**
     * Whether those who hold the job (role 7 on it: its creator, or the team it was made in) may write
     * {@code record} (role 3 on its {@code roles}): a job acts with their authority, never more.
     */
    public boolean holdersMayWrite(Map<String, Object> record) {
        Set<String> holders = idsWithRole(fields.get("roles"), AclRoles.ADMIN);
        return idsWithRole(record.get("roles"), AclRoles.WRITE).stream().anyMatch(holders::contains);
    }

    /** The ids of the ACL entries with at least {@code role} (ids as data-app answers them: 24-hex strings). */
    private static Set<String> idsWithRole(Object acl, int role) {
        Set<String> ids = new HashSet<>();
        if (acl instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> granted && granted.get("_id") != null
                        && granted.get("role") instanceof Number held && held.intValue() >= role) {
                    ids.add(String.valueOf(granted.get("_id")));
                }
            }
        }
        return ids;
    }

    Object field(String name) {
        return fields.get(name);
    }

    private String text(String field) {
        Object value = fields.get(field);
        return value == null ? null : String.valueOf(value);
    }

    /** A countdown that is no number of seconds counts as none: the chained job runs at once. */
    private static long countdownSeconds(Object countdown) {
        if (countdown instanceof Number number) {
            return Math.max(0, number.longValue());
        }
        if (countdown instanceof String text) {
            try {
                return Math.max(0, (long) Double.parseDouble(text.trim()));
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }
        return 0;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> fields) {
        Map<String, Object> kept = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (value != null) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    /** A {@code chain} entry: the job to run, {@code countdown} seconds after this one. */
    public record ChainLink(String jobId, long countdownSeconds) {
    }
}
