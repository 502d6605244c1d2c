package io.maestro.websocket.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers positive membership answers for a short while, so that a dashboard reconnecting or several tabs of one
 * user do not each cost a data-app query. Negative answers are not kept: a user just added to a team gets in at once.
 * A removal announced by server-app ({@link Unsubscribe}) is forgotten at once; one that was not takes effect after
 * at most {@code ttl}.
 */
public class CachingTeamMembership implements TeamMembership {

    /** Past this many entries the expired ones are swept on the next write. */
    private static final int SWEEP_ABOVE = 10_000;

    private final TeamMembership source;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Instant> members = new ConcurrentHashMap<>();

    public CachingTeamMembership(TeamMembership source, Duration ttl, Clock clock) {
        this.source = source;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public boolean isMember(String userId, String teamId) {
        String key = key(userId, teamId);
        Instant now = clock.instant();
        Instant until = members.get(key);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean member = source.isMember(userId, teamId);
        if (member) {
            if (members.size() > SWEEP_ABOVE) {
                members.values().removeIf(expiry -> !now.isBefore(expiry));
            }
            members.put(key, now.plus(ttl));
        } else {
            members.remove(key);
        }
        return member;
    }

    /** Forgets the answers the command makes stale: the user's for the team, or everyone's for the team. */
    public void forget(Unsubscribe command) {
        String teamId = Channels.tenantOf(command.channel());
        if (command.user() != null) {
            members.remove(key(command.user(), teamId));
        } else {
            members.keySet().removeIf(key -> key.endsWith("/" + teamId));
        }
    }

    private static String key(String userId, String teamId) {
        return userId + "/" + teamId;
    }
}
