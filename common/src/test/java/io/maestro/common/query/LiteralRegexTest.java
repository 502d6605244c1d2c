package io.maestro.common.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralRegexTest {

    @ParameterizedTest
    @ValueSource(strings = {"a.*b", "(", "\\", "\\E.*\\Q", "^$", "[a-z]+", "{1,2}", "x|y", "tab\there", "ünï cödé", "a/b-c#d"})
    void escapedTextMatchesItselfOnly(String text) {
        Pattern pattern = Pattern.compile(LiteralRegex.escape(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        assertThat(pattern.matcher("before " + text + " after").find()).isTrue();
        assertThat(pattern.matcher(text.toUpperCase()).find()).isTrue();
        assertThat(pattern.matcher("before after").find()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"axxb", "ab"})
    void wildcardsDoNotWildcard(String candidate) {
        assertThat(Pattern.compile(LiteralRegex.escape("a.*b")).matcher(candidate).find()).isFalse();
    }
}
