package io.nutriscan.extract.html;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The space folding both extraction paths share, against cases written by hand: the differential tests
 * cannot see a mistake here, since both sides would make it.
 */
class WhitespaceTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // input (escapes decoded below) | folded | what
        "жиры\\u00a0—\\u00a00,39 г|жиры — 0,39 г|no-break spaces",
        "  пищевые \\n\\t волокна \\r\\n|пищевые волокна|runs of space, newlines and tabs, at both ends",
        "жиры\\u2009—\\u202f1\\u3000г|жиры — 1 г|thin, narrow no-break and ideographic spaces",
        "жи\\u00adры|жиры|a soft hyphen is dropped",
        "\\ufeffжиры\\u200b — 1|жиры — 1|a byte-order mark and a zero-width space are dropped",
        "жиры \\u200b — 1|жиры — 1|a zero-width space between spaces leaves one space",
        "\\u2060вода\\u200c\\u200d|вода|word joiner, zero-width joiners",
        "a\\u2028b\\u2029c|a b c|line and paragraph separators",
        "\\u00a0 \\t|''|nothing but space",
        "омега-3|омега-3|a hyphen is not a space",
    })
    void foldsEverySpaceToOneAndDropsInvisibles(String input, String folded, String what) {
        assertEquals(folded.equals("''") ? "" : folded, Whitespace.normalize(unescape(input)), what);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
