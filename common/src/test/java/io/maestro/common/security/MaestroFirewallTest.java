package io.maestro.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MaestroFirewallTest {

    /** The expressions of Spring Security's StrictHttpFirewall, which the firewall's predicates replace. */
    private static final Pattern HEADER_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    /** Printable ASCII, tab, other controls, Latin-1, unassigned, supplementary and lone surrogate code points. */
    private static final int[] SAMPLES = {'a', 'Z', ' ', '~', '.', '|', '\t', '\n', '\r', 0, 0x7f, 0x85, 0x9f, 0xa0, 0xe9,
            0x378, 0x20ac, 0x2028, 0xfeff, 0xfffe, 0xffff, 0xd800, 0xdc00, 0x1f600, 0x10ffff, 0xe0001, 0x2fffe};

    @Test
    void acceptsExactlyWhatTheFirewallsExpressionsAccept() {
        Random random = new Random(21);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x30000) : SAMPLES[random.nextInt(SAMPLES.length)]);
            }
            String header = text.toString();
            assertThat(MaestroFirewall.allowedHeaderName(header)).as("name %s", header.codePoints().boxed().toList())
                    .isEqualTo(HEADER_NAME.matcher(header).matches());
            assertThat(MaestroFirewall.allowedHeaderValue(header)).as("value %s", header.codePoints().boxed().toList())
                    .isEqualTo(HEADER_VALUE.matcher(header).matches());
        }
    }

    @Test
    void aSessionTokenPassesAndAControlCharacterDoesNot() {
        assertThat(MaestroFirewall.allowedHeaderValue("JWT eyJhbGciOiJIUzI1NiJ9.eyJfaWQiOiIxIn0.c2ln")).isTrue();
        assertThat(MaestroFirewall.allowedHeaderValue("text/plain;\tcharset=utf-8")).isTrue();
        assertThat(MaestroFirewall.allowedHeaderName("X-Name\t")).isFalse();
        assertThat(MaestroFirewall.allowedHeaderValue("value\u0000")).isFalse();
    }
}
