package io.maestro.common.query;

/**
 * Turns user text into a regular expression that matches that text literally. Every ASCII character other than a
 * letter, digit, space or underscore is escaped with a backslash, which both MongoDB (PCRE) and Java regular
 * expressions read as "this character itself".
 */
public final class LiteralRegex {

    private LiteralRegex() {
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 0x80 || c == ' ' || c == '_'
                    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!plain) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
