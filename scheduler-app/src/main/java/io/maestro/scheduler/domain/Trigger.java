package io.maestro.scheduler.domain;

import java.time.Instant;

/**
 * When a job is due (UTC). A job that was due while no scheduler ran (a misfire) fires once when one runs again, and
 * its next due time is the first one after that run: missed periods are not made up one by one.
 */
public interface Trigger {

    /** The first due time of a job (re)scheduled at {@code now}. */
    Instant first(Instant now);

    /**
     * The due time after a firing that was due at {@code due} and ran at {@code now}: always after {@code now}.
     *
     * @throws InvalidJobException when the trigger never fires again (a cron of a date that has passed)
     */
    Instant next(Instant due, Instant now);

    /** The trigger in words, e.g. {@code every 5 minutes}: also tells whether an edit changed the trigger. */
    String describe();
}
