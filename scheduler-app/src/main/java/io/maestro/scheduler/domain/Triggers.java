package io.maestro.scheduler.domain;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.scheduling.support.CronExpression;

/** Reads a job's stored trigger ({@code period_type}, {@code interval}, {@code cron}; 0.6 contract §2.8). */
public final class Triggers {

    /** The cron fields server-app fills in when a job is created, and what each one is when absent. */
    private static final Map<String, String> CRON_DEFAULTS = Map.of("second", "0", "minute", "30", "hour", "*",
            "day", "*", "month", "*", "day_of_week", "*", "week", "*", "year", "*");
    private static final List<String> SPRING_FIELD_ORDER = List.of("second", "minute", "hour", "day", "month",
            "day_of_week");
    /** A day-of-week number that is no step: APScheduler counts 0 = Monday, Spring 1 = Monday (0 and 7 = Sunday). */
    private static final Pattern DAY_NUMBER = Pattern.compile("(?<![/\\d])(\\d+)");

    private Triggers() {
    }

    /** @throws InvalidJobException naming the field when the stored trigger cannot be read */
    public static Trigger of(Job job) {
        Object type = job.field("period_type");
        if (type == null || "interval".equals(type)) {
            return interval(job.field("interval"));
        }
        if ("cron".equals(type)) {
            return cron(job.field("cron"));
        }
        throw new InvalidJobException("period_type '" + type + "' is neither interval nor cron");
    }

    private static Trigger interval(Object stored) {
        if (!(stored instanceof Map<?, ?> interval)) {
            throw new InvalidJobException("interval is missing: it needs {every, period}");
        }
        long every = wholeNumber(interval.get("every"), "interval.every");
        if (every < 1) {
            throw new InvalidJobException("interval.every must be at least 1, was " + interval.get("every"));
        }
        String period = String.valueOf(interval.get("period")).toLowerCase(Locale.ROOT);
        ChronoUnit unit = switch (period.endsWith("s") ? period : period + "s") {
            case "seconds" -> ChronoUnit.SECONDS;
            case "minutes" -> ChronoUnit.MINUTES;
            case "hours" -> ChronoUnit.HOURS;
            case "days" -> ChronoUnit.DAYS;
            case "weeks" -> ChronoUnit.WEEKS;
            default -> throw new InvalidJobException("interval.period '" + interval.get("period")
                    + "' is none of seconds, minutes, hours, days, weeks");
        };
        Duration length = unit.getDuration().multipliedBy(every);
        return new IntervalTrigger(length, "every " + every + " " + (every == 1 ? singular(unit) : unit.toString()
                .toLowerCase(Locale.ROOT)));
    }

    private static Trigger cron(Object stored) {
        if (!(stored instanceof Map<?, ?> cron)) {
            throw new InvalidJobException("cron is missing: it needs its fields (second, minute, hour, day, month, "
                    + "day_of_week)");
        }
        for (String unsupported : List.of("week", "year")) {
            String value = field(cron, unsupported);
            if (!"*".equals(value)) {
                throw new InvalidJobException("cron." + unsupported + " '" + value + "' is not supported: only '*'");
            }
        }
        StringBuilder expression = new StringBuilder();
        for (String name : SPRING_FIELD_ORDER) {
            String value = field(cron, name);
            expression.append(expression.isEmpty() ? "" : " ")
                    .append("day_of_week".equals(name) ? springDaysOfWeek(value) : value);
        }
        try {
            return new CronTrigger(CronExpression.parse(expression.toString()), "cron " + expression + " (UTC)");
        } catch (IllegalArgumentException malformed) {
            throw new InvalidJobException("cron '" + expression + "' is malformed: " + malformed.getMessage());
        }
    }

    private static String field(Map<?, ?> cron, String name) {
        Object value = cron.get(name);
        if (value == null) {
            return CRON_DEFAULTS.get(name);
        }
        String text = value instanceof Number number ? String.valueOf(number.longValue()) : String.valueOf(value).trim();
        return text.isEmpty() ? CRON_DEFAULTS.get(name) : text;
    }

    /** 0.6 stored APScheduler's days (0 = Monday … 6 = Sunday, or names); Spring counts 1 = Monday … 7 = Sunday. */
    static String springDaysOfWeek(String apscheduler) {
        Matcher numbers = DAY_NUMBER.matcher(apscheduler.toUpperCase(Locale.ROOT));
        StringBuilder spring = new StringBuilder();
        while (numbers.find()) {
            int day = Integer.parseInt(numbers.group(1));
            if (day > 6) {
                throw new InvalidJobException("cron.day_of_week '" + apscheduler + "': days are 0 (Monday) to 6");
            }
            numbers.appendReplacement(spring, String.valueOf(day + 1));
        }
        numbers.appendTail(spring);
        return spring.toString();
    }

    private static long wholeNumber(Object value, String field) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException notANumber) {
                // falls through to the error naming the field
            }
        }
        throw new InvalidJobException(field + " must be a whole number, was " + value);
    }

    private static String singular(ChronoUnit unit) {
        String plural = unit.toString().toLowerCase(Locale.ROOT);
        return plural.substring(0, plural.length() - 1);
    }
}
