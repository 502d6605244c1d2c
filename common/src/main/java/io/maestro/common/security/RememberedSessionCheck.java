package io.maestro.common.security;

import io.maestro.common.token.SessionUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A session token counts only while its user exists and is active and the token carries the user's current session
 * generation, so that a deleted user's token, and every token issued before a password change, stop working — in
 * every service that reads the users' store. Answers are remembered briefly to spare the store a lookup per request;
 * an instance forgets a user at once when it changes them ({@link #forget}), other instances within {@code cacheFor}.
 */
public class RememberedSessionCheck implements SessionUserCheck {

    private static final int MAX_REMEMBERED = 10_000;

    /** @param generation the active user's session generation, null when there is no active user */
    private record Answer(Long generation, Instant until) {
    }

    private final Function<String, Optional<Long>> activeGeneration;
    private final Clock clock;
    private final Duration cacheFor;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    /** @param activeGeneration the session generation of the active user of that id; empty when there is none */
    public RememberedSessionCheck(Function<String, Optional<Long>> activeGeneration, Clock clock, Duration cacheFor) {
        this.activeGeneration = activeGeneration;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    @Override
    public boolean isCurrent(SessionUser user) {
        Instant now = clock.instant();
        Answer answer = answers.get(user.id());
        if (answer == null || !now.isBefore(answer.until())) {
            Long generation = activeGeneration.apply(user.id()).orElse(null);
            if (answers.size() >= MAX_REMEMBERED) {
                answers.clear();
            }
            answer = new Answer(generation, now.plus(cacheFor));
            answers.put(user.id(), answer);
        }
        return answer.generation() != null && answer.generation() == user.generation();
    }

    /** Drops what is remembered about a user whose state just changed. */
    public void forget(String userId) {
        answers.remove(userId);
    }
}
