package io.maestro.common.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its header rules unchanged but checked without a regular
 * expression: the firewall checks a header each time a filter reads it, and the rules' Unicode classes made that about
 * a tenth of the work of a small request (a session token is read by both token filters). Header names: assigned
 * characters that are not control characters; values: the same, or a tab.
 */
public final class MaestroFirewall {

    private MaestroFirewall() {
    }

    public static StrictHttpFirewall create() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(MaestroFirewall::allowedHeaderName);
        firewall.setAllowedHeaderValues(MaestroFirewall::allowedHeaderValue);
        return firewall;
    }

    /** As {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, the firewall's rule for header names. */
    static boolean allowedHeaderName(String name) {
        return assignedAndNotControl(name, false);
    }

    /** As {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, the firewall's rule for header values. */
    static boolean allowedHeaderValue(String value) {
        return assignedAndNotControl(value, true);
    }

    private static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
