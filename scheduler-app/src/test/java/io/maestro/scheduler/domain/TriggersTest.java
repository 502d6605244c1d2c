package io.maestro.scheduler.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When jobs are due: interval and cron triggers and misfires, on a clock the test moves. */
class TriggersTest {

    private static final Instant MONDAY_10_00 = Instant.parse("2026-03-02T10:00:00Z");

    private final MutableClock clock = new MutableClock();

    private static Job job(Map<String, Object> fields) {
        Map<String, Object> stored = new LinkedHashMap<>(fields);
        stored.putIfAbsent("_id", "65a000000000000000000001");
        return new Job(stored);
    }

    private static Job interval(Object every, String period) {
        return job(Map.of("period_type", "interval", "interval", Map.of("every", every, "period", period)));
    }

    private static Job cron(Map<String, Object> fields) {
        return job(Map.of("period_type", "cron", "cron", fields));
    }

    @Test
    void anIntervalJobIsFirstDueOneIntervalAfterItIsScheduledThenEveryInterval() {
        clock.setTo(MONDAY_10_00);
        Trigger every5Minutes = Triggers.of(interval(5, "minutes"));

        Instant first = every5Minutes.first(clock.instant());
        assertThat(first).isEqualTo(Instant.parse("2026-03-02T10:05:00Z"));

        clock.setTo(first.plusMillis(300));
        assertThat(every5Minutes.next(first, clock.instant()))
                .as("a run that starts late keeps the cadence").isEqualTo(Instant.parse("2026-03-02T10:10:00Z"));
        assertThat(every5Minutes.describe()).isEqualTo("every 5 minutes");
    }

    @Test
    void aMisfiredIntervalJobFiresOnceAndIsThenDueAtTheNextPeriodAfterNow() {
        clock.setTo(MONDAY_10_00);
        Trigger hourly = Triggers.of(interval("1", "hours"));
        Instant due = hourly.first(clock.instant());

        clock.advance(Duration.ofHours(5).plusMinutes(20));

        Instant next = hourly.next(due, clock.instant());
        assertThat(next).as("not one firing per missed hour: the next is after now")
                .isEqualTo(Instant.parse("2026-03-02T16:00:00Z"))
                .isAfter(clock.instant());
        assertThat(hourly.describe()).isEqualTo("every 1 hour");
    }

    @Test
    void everyPeriodOf06IsUnderstood() {
        Instant now = MONDAY_10_00;
        assertThat(Triggers.of(interval(30, "seconds")).first(now)).isEqualTo(now.plusSeconds(30));
        assertThat(Triggers.of(interval(6, "hours")).first(now)).isEqualTo(now.plus(Duration.ofHours(6)));
        assertThat(Triggers.of(interval(14, "days")).first(now)).isEqualTo(now.plus(Duration.ofDays(14)));
        assertThat(Triggers.of(interval(2, "weeks")).first(now)).isEqualTo(now.plus(Duration.ofDays(14)));
        assertThat(Triggers.of(job(Map.of("interval", Map.of("every", 5, "period", "minutes")))).first(now))
                .as("no period_type: an interval").isEqualTo(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aCronJobIsDueAtItsNextMatchingTimeInUtc() {
        clock.setTo(MONDAY_10_00.plusSeconds(5));
        Trigger halfPast = Triggers.of(cron(Map.of("second", 0, "minute", 30, "hour", "*", "day", "*", "week", "*",
                "month", "*", "year", "*", "day_of_week", "*")));

        Instant first = halfPast.first(clock.instant());
        assertThat(first).isEqualTo(Instant.parse("2026-03-02T10:30:00Z"));

        clock.setTo(first.plusMillis(40));
        assertThat(halfPast.next(first, clock.instant())).isEqualTo(Instant.parse("2026-03-02T11:30:00Z"));
        assertThat(halfPast.describe()).isEqualTo("cron 0 30 * * * * (UTC)");
    }

    @Test
    void aMisfiredCronJobFiresOnceAndIsThenDueAtTheFirstMatchAfterNow() {
        Trigger daily = Triggers.of(cron(Map.of("second", 0, "minute", 0, "hour", 3)));
        Instant due = Instant.parse("2026-02-20T03:00:00Z");

        clock.setTo(MONDAY_10_00);

        assertThat(daily.next(due, clock.instant())).isEqualTo(Instant.parse("2026-03-03T03:00:00Z"));
    }

    @Test
    void daysOfTheWeekCountFromMondayAsIn06() {
        // 0.6 (APScheduler) counts 0 = Monday; 2026-03-02 is a Monday
        Trigger weekdays = Triggers.of(cron(Map.of("second", 0, "minute", 0, "hour", 9, "day_of_week", "0-4")));
        Trigger sunday = Triggers.of(cron(Map.of("second", 0, "minute", 0, "hour", 9, "day_of_week", 6)));
        Trigger byName = Triggers.of(cron(Map.of("second", 0, "minute", 0, "hour", 9, "day_of_week", "sat")));

        Instant friday = Instant.parse("2026-03-06T10:00:00Z");
        assertThat(weekdays.first(friday)).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(sunday.first(friday)).isEqualTo(Instant.parse("2026-03-08T09:00:00Z"));
        assertThat(byName.first(friday)).isEqualTo(Instant.parse("2026-03-07T09:00:00Z"));
        assertThat(Triggers.springDaysOfWeek("*/2")).as("a step is no day").isEqualTo("*/2");
    }

    @Test
    void aMalformedTriggerNamesItsField() {
        assertThatThrownBy(() -> Triggers.of(cron(Map.of("minute", "61"))))
                .isInstanceOf(InvalidJobException.class).hasMessageStartingWith("cron '0 61 * * * *' is malformed");
        assertThatThrownBy(() -> Triggers.of(cron(Map.of("minute", 0, "year", 2030))))
                .isInstanceOf(InvalidJobException.class).hasMessageContaining("cron.year");
        assertThatThrownBy(() -> Triggers.of(job(Map.of("period_type", "cron"))))
                .isInstanceOf(InvalidJobException.class).hasMessageStartingWith("cron is missing");
        assertThatThrownBy(() -> Triggers.of(interval(5, "fortnights")))
                .isInstanceOf(InvalidJobException.class).hasMessageContaining("interval.period 'fortnights'");
        assertThatThrownBy(() -> Triggers.of(interval(0, "minutes")))
                .isInstanceOf(InvalidJobException.class).hasMessageContaining("interval.every");
        assertThatThrownBy(() -> Triggers.of(interval("soon", "minutes")))
                .isInstanceOf(InvalidJobException.class).hasMessageContaining("interval.every must be a whole number");
        assertThatThrownBy(() -> Triggers.of(job(Map.of("period_type", "date"))))
                .isInstanceOf(InvalidJobException.class).hasMessageContaining("period_type 'date'");
    }
}
