package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.html.Bytes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The {@code data-fa} the site writes, read in one pass: {@code {"msr":{"key":"value", …}}} with white space
 * anywhere JSON allows it, every value a string with no escape, no '&' and no control character. Such an
 * attribute is valid JSON, and {@link DataFa}'s reader would find the same val and unit in it (the first of
 * a key given twice); anything else is left to that reader. One method with its position in a local, as C1
 * compiles best: 1.7 times as fast as the general reader on the site's attributes under C1.
 */
final class FlatMeasure {

    /** Units as the site writes them, in UTF-8: no string made per measure. */
    private static final KnownStrings UNITS = new KnownStrings(StandardCharsets.UTF_8, "г", "мг", "мкг", "кКал", "ккал");

    private FlatMeasure() {
    }

    /** The measure in {@code page[from, to)} when it has the site's flat shape, else null. */
    static DataFa read(byte[] page, int from, int to, Charset charset) {
        int i = space(page, from, to);
        if (i >= to || page[i] != '{') {
            return null;
        }
        i = space(page, i + 1, to);
        if (i + 5 > to || !Bytes.startsWith(page, i, "\"msr\"")) {
            return null;
        }
        i = space(page, i + 5, to);
        if (i >= to || page[i] != ':') {
            return null;
        }
        i = space(page, i + 1, to);
        if (i >= to || page[i] != '{') {
            return null;
        }
        String val = null;
        String unit = null;
        String unitRu = null;
        boolean valSeen = false;
        boolean unitSeen = false;
        boolean unitRuSeen = false;
        while (true) {
            i = space(page, i + 1, to);
            int keyStart = i + 1;
            int keyEnd = plainString(page, i, to);
            if (keyEnd < 0) {
                return null;
            }
            i = space(page, keyEnd + 1, to);
            if (i >= to || page[i] != ':') {
                return null;
            }
            i = space(page, i + 1, to);
            int valueStart = i + 1;
            int valueEnd = plainString(page, i, to);
            if (valueEnd < 0) {
                return null;
            }
            int keyLength = keyEnd - keyStart;
            if (keyLength == 3 && !valSeen && page[keyStart] == 'v' && page[keyStart + 1] == 'a' && page[keyStart + 2] == 'l') {
                valSeen = true;
                val = new String(page, valueStart, valueEnd - valueStart, charset);
            } else if (keyLength == 4 && !unitSeen && Bytes.startsWith(page, keyStart, "unit")) {
                unitSeen = true;
                unit = unit(page, valueStart, valueEnd, charset);
            } else if (keyLength == 6 && !unitRuSeen && Bytes.startsWith(page, keyStart, "unitRu")) {
                unitRuSeen = true;
                unitRu = unit(page, valueStart, valueEnd, charset);
            }
            i = space(page, valueEnd + 1, to);
            if (i >= to) {
                return null;
            }
            if (page[i] == '}') {
                break;
            }
            if (page[i] != ',') {
                return null;
            }
        }
        i = space(page, i + 1, to);
        if (i >= to || page[i] != '}') {
            return null;
        }
        i = space(page, i + 1, to);
        return i == to ? new DataFa(val, unit != null ? unit : unitRu) : null;
    }

    /** Past JSON white space from {@code from} (the general reader's too). */
    static int space(byte[] page, int from, int to) {
        int i = from;
        while (i < to && isSpace(page[i])) {
            i++;
        }
        return i;
    }

    /** JSON's white space: space, tab, line feed, carriage return. */
    private static final long SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\r';

    private static boolean isSpace(byte c) {
        return c <= ' ' && c >= 0 && (SPACES >>> c & 1) != 0;
    }

    /**
     * Where the string that opens at {@code quote} closes, when it has no escape, '&' or control character in
     * it; else -1.
     */
    private static int plainString(byte[] page, int quote, int to) {
        if (quote >= to || page[quote] != '"') {
            return -1;
        }
        for (int i = quote + 1; i < to; i++) {
            byte c = page[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c == '&' || (c >= 0 && c < 0x20)) {
                return -1;
            }
        }
        return -1;
    }

    private static String unit(byte[] page, int from, int to, Charset charset) {
        String known = charset == StandardCharsets.UTF_8 ? UNITS.of(page, from, to) : null;
        return known != null ? known : new String(page, from, to - from, charset);
    }
}
