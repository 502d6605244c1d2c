package io.maestro.common.security;

import io.maestro.common.token.SessionUser;

/** Whether the user of a verified session token may still act (e.g. not deleted). Services without users accept all. */
@FunctionalInterface
public interface SessionUserCheck {

    SessionUserCheck ACCEPT_ALL = user -> true;

    boolean isCurrent(SessionUser user);
}
