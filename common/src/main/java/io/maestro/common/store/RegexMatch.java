package io.maestro.common.store;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;

/**
 * A {@code $regex} test on a string, as the backend's matcher does it ({@code regex.matcher(text).find()}), without
 * {@code java.util.regex} for the shape of every {@code query} search (common's LiteralRegex): an escaped literal, with
 * option {@code i} or none. A case-insensitive search over 100,000 names then costs a character loop per name instead
 * of a regex matcher and its allocation.
 * <p>
 * The fast path is exact where Java's case-insensitive matching is plain ASCII folding: an ASCII literal against an
 * ASCII text (the backend adds UNICODE_CASE, under which e.g. the Kelvin sign matches {@code k}); a text with any other
 * character goes to the regex. Without {@code i} it is {@code String.contains} (a literal without surrogates).
 */
final class RegexMatch {

    private final BsonRegularExpression regex;
    /** The text the pattern matches (lowercased when case-insensitive); null when it is not a literal of the fast shapes. */
    private final String literal;
    /** The lowercased literal's characters when case-insensitive, else null. */
    private final char[] lowerLiteral;

    private RegexMatch(BsonRegularExpression regex, String literal, boolean caseInsensitive) {
        this.regex = regex;
        this.literal = literal;
        this.lowerLiteral = literal != null && caseInsensitive ? literal.toCharArray() : null;
    }

    /** The test of this regex; compiles it now, so an invalid one throws here (the caller leaves it to the matcher). */
    static RegexMatch of(BsonRegularExpression regex) {
        regex.matcher("").find();
        String options = regex.getOptions();
        boolean caseInsensitive = options.equals("i");
        String literal = caseInsensitive || options.isEmpty() ? literal(regex.getPattern(), caseInsensitive) : null;
        return new RegexMatch(regex, literal, caseInsensitive);
    }

    /** Whether both test the same regex (pattern and options). */
    boolean sameRegex(RegexMatch other) {
        return regex.getPattern().equals(other.regex.getPattern()) && regex.getOptions().equals(other.regex.getOptions());
    }

    boolean find(String text) {
        if (literal == null) {
            return regex.matcher(text).find();
        }
        if (lowerLiteral == null) {
            return text.contains(literal);
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                return regex.matcher(text).find();
            }
        }
        char[] wanted = lowerLiteral;
        int last = length - wanted.length;
        for (int start = 0; start <= last; start++) {
            int j = 0;
            while (j < wanted.length && lowerAscii(text.charAt(start + j)) == wanted[j]) {
                j++;
            }
            if (j == wanted.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text a pattern matches literally: letters, digits, spaces and underscores as themselves, a backslash before
     * any other printable ASCII character that character (Java reads it so; before a letter or digit it is a construct);
     * null for anything else. Case-insensitive: ASCII only, lowercased; otherwise no surrogates.
     */
    private static String literal(String pattern, boolean caseInsensitive) {
        StringBuilder text = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (++i == pattern.length()) {
                    return null;
                }
                c = pattern.charAt(i);
                if (c <= ' ' || c >= 0x7f || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                    return null;
                }
            } else if (!(c == ' ' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c >= 0x80 && !caseInsensitive && !Character.isSurrogate(c))) {
                return null;
            }
            text.append(caseInsensitive ? lowerAscii(c) : c);
        }
        return text.toString();
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
