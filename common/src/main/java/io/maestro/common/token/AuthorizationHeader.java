package io.maestro.common.token;

import java.util.Locale;

/** Reads the token out of an {@code Authorization} header. */
public final class AuthorizationHeader {

    /** The schemes a user or service token may come with: Maestro 0.6's {@code JWT} and the standard {@code Bearer}. */
    public static final String[] TOKEN_SCHEMES = {"JWT", "Bearer"};

    private AuthorizationHeader() {
    }

    /** The credentials after one of {@code schemes} (case-insensitive), or null when the header has another form. */
    public static String credentials(String header, String... schemes) {
        if (header == null) {
            return null;
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String scheme = trimmed.substring(0, space).toLowerCase(Locale.ROOT);
        for (String accepted : schemes) {
            if (accepted.toLowerCase(Locale.ROOT).equals(scheme)) {
                String value = trimmed.substring(space + 1).trim();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The token of a {@code JWT <t>} or {@code Bearer <t>} header, or null. */
    public static String token(String header) {
        return credentials(header, TOKEN_SCHEMES);
    }
}
