package io.maestro.server.domain.identity;

import io.maestro.common.security.SessionUserCheck;
import io.maestro.common.token.SessionUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session token counts only while its user exists and is active and the token carries the user's current session
 * generation, so that a deleted user's token, and every token issued before a password change, stop working. Answers
 * are remembered briefly to spare Mongo a lookup per request; this instance forgets a user at once when it changes
 * them, other instances within {@code cacheFor}.
 */
public class ActiveUserCheck implements SessionUserCheck {

    private static final int MAX_REMEMBERED = 10_000;

    /** @param generation the active user's session generation, null when there is no active user */
    private record Answer(Long generation, Instant until) {
    }

    private final UserRepository users;
    private final Clock clock;
    private final Duration cacheFor;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    public ActiveUserCheck(UserRepository users, Clock clock, Duration cacheFor) {
        this.users = users;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    @Override
    public boolean isCurrent(SessionUser user) {
        Instant now = clock.instant();
        Answer answer = answers.get(user.id());
        if (answer == null || !now.isBefore(answer.until())) {
            Long generation = users.findActiveById(user.id()).map(User::sessionGeneration).orElse(null);
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
