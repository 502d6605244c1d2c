package io.maestro.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import io.maestro.common.query.LiteralRegex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RegexMatch} answers as the backend's matcher ({@code regex.matcher(text).find()}): every search text a user may
 * type (escaped by LiteralRegex), case-insensitive or not, against texts holding each BMP character in turn (so the
 * characters Java folds onto ASCII letters under UNICODE_CASE, e.g. the Kelvin sign and the long s, are among them),
 * and patterns that are not literals.
 */
class RegexMatchTest {

    private static final List<String> SEARCHES = List.of("srv-12", "SRV", "s", "k", "K", "i", "ss", "-", "a.b", "(x)",
            "back\\slash", "1+1", "$", "^s", "tab\there", "caf\u00e9", "\u03c3", "\u212a", "", " ", "_x");

    @Test
    void literalSearchesMatchAsTheRegex() {
        List<BsonRegularExpression> regexes = new ArrayList<>();
        for (String search : SEARCHES) {
            regexes.add(new BsonRegularExpression(LiteralRegex.escape(search), "i"));
            regexes.add(new BsonRegularExpression(LiteralRegex.escape(search), ""));
        }
        // not literals: the regex decides
        regexes.add(new BsonRegularExpression("srv.1", "i"));
        regexes.add(new BsonRegularExpression("\\d+", "i"));
        regexes.add(new BsonRegularExpression("^srv", ""));
        regexes.add(new BsonRegularExpression("s r v", "ix"));
        List<String> texts = new ArrayList<>(List.of("srv-12", "SRV-120", "a.b", "axb", "(X)", "back\\slash", "tab\there",
                "1+1", "Caf\u00c9", "\u03a3", "", "ss", "\u00df"));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            texts.add("s" + c + "rv-1" + c);
        }
        texts.add("srv-1\ud835\udc00");
        for (BsonRegularExpression regex : regexes) {
            RegexMatch match = RegexMatch.of(regex);
            for (String text : texts) {
                boolean expected = regex.matcher(text).find();
                if (match.find(text) != expected) {
                    assertThat(match.find(text)).as("%s against %s", regex, text).isEqualTo(expected);
                }
            }
        }
    }
}
