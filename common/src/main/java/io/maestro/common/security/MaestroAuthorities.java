package io.maestro.common.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The two kinds of caller a Maestro service knows. */
public final class MaestroAuthorities {

    /** A signed-in person (user session token). */
    public static final String USER = "ROLE_USER";
    /** Another Maestro service (private service token). */
    public static final String SERVICE = "ROLE_SERVICE";

    static final GrantedAuthority USER_AUTHORITY = new SimpleGrantedAuthority(USER);
    static final GrantedAuthority SERVICE_AUTHORITY = new SimpleGrantedAuthority(SERVICE);

    private MaestroAuthorities() {
    }
}
