package io.maestro.websocket.domain;

/** Whether a user belongs to an active team; the team's channel is open to its members only (compatibility.md S5). */
public interface TeamMembership {

    /** @throws CheckUnavailableException when the answer cannot be obtained */
    boolean isMember(String userId, String teamId);
}
