package io.maestro.server.domain.identity;

import io.maestro.common.security.SessionUserCheck;
import io.maestro.common.token.SessionUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session token counts only while its user exists and is active, so a deleted user's token stops working. Answers
 * are remembered briefly to spare Mongo a lookup per request; this instance forgets a user at once when it
 * deactivates them, other instances within {@code cacheFor}.
 */
public class ActiveUserCheck implements SessionUserCheck {

    private static final int MAX_REMEMBERED = 10_000;

    private record Answer(boolean current, Instant until) {
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
        Answer remembered = answers.get(user.id());
        if (remembered != null && now.isBefore(remembered.until())) {
            return remembered.current();
        }
        boolean current = users.findActiveById(user.id()).isPresent();
        if (answers.size() >= MAX_REMEMBERED) {
            answers.clear();
        }
        answers.put(user.id(), new Answer(current, now.plus(cacheFor)));
        return current;
    }

    /** Drops what is remembered about a user whose state just changed. */
    public void forget(String userId) {
        answers.remove(userId);
    }
}
