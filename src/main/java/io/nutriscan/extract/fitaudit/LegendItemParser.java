package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.ExtractionException;
import io.nutriscan.extract.html.Whitespace;
import io.nutriscan.model.LegendItem;


/**
 * Reads the text of one legend item, "NAME DASH NUMBER [UNIT] [PUNCTUATION]" ("жиры — 0,39 г," as the
 * site writes it, "пищевые волокна – 2,4 г"). The name may have several words; the number must be a
 * decimal-comma number ([0-9]+(,[0-9]+)?); the unit is optional; one closing mark ({@code , . ; :}) may
 * follow, as the site ends each item of its list. Anything else is an error for the page, never a
 * guessed value.
 */
public final class LegendItemParser {

    /** The number, an optional unit and an optional closing mark after the dash, on text whose spaces are folded. */
    /** The grammar of what follows the dash, as a regex; {@link #value} reads it by hand (the regex cost a few us a page). */
    static final String VALUE_GRAMMAR = "([0-9]+(?:,[0-9]+)?)(?: ?(\\p{L}+|%))?(?: ?[,.;:])?";

    private LegendItemParser() {
    }

    public static LegendItem parse(CharSequence rawText) throws ExtractionException {
        String text = Whitespace.normalize(rawText);
        int dash = dashIndex(text);
        if (dash < 0) {
            throw new ExtractionException("legend item is not 'name – number unit': " + text);
        }
        String name = text.substring(0, dash).strip();
        String rest = text.substring(dash + 1).strip();
        if (name.isEmpty()) {
            throw new ExtractionException("legend item has no name: " + text);
        }
        String[] value = value(rest);
        if (value == null) {
            throw new ExtractionException("legend value is not a number: " + text);
        }
        double number = Double.parseDouble(value[0].replace(',', '.'));
        return new LegendItem(capitalize(name), number, value[1]);
    }

    /** {@code rest} read by {@link #VALUE_GRAMMAR} as a whole: {number, unit or null}, or null when it does not match. */
    static String[] value(String rest) {
        int n = rest.length();
        int i = digits(rest, 0);
        if (i == 0) {
            return null;
        }
        if (i + 1 < n && rest.charAt(i) == ',' && isDigit(rest.charAt(i + 1))) {
            i = digits(rest, i + 1);
        }
        String number = rest.substring(0, i);
        String unit = null;
        int at = i < n && rest.charAt(i) == ' ' ? i + 1 : i;
        if (at < n && rest.charAt(at) == '%') {
            unit = "%";
            i = at + 1;
        } else {
            int end = at;
            while (end < n && Character.isLetter(rest.codePointAt(end))) {
                end += Character.charCount(rest.codePointAt(end));
            }
            if (end > at) {
                unit = rest.substring(at, end);
                i = end;
            }
        }
        if (i == n) {
            return new String[] {number, unit};
        }
        at = rest.charAt(i) == ' ' ? i + 1 : i;
        if (at == n - 1 && ",.;:".indexOf(rest.charAt(at)) >= 0) {
            return new String[] {number, unit};
        }
        return null;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The first dash that separates name from value: an en, em, figure or minus dash anywhere, or a
     * hyphen-minus standing alone between spaces (a hyphen inside a word, "омега-3", is part of the name).
     */
    static int dashIndex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                    return i;
                }
                case '-' -> {
                    boolean spaceBefore = i > 0 && text.charAt(i - 1) == ' ';
                    boolean spaceAfter = i + 1 < text.length() && text.charAt(i + 1) == ' ';
                    if (spaceBefore && spaceAfter) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return -1;
    }

    /** The name with its first letter upper-cased and the rest as printed: "пищевые волокна" → "Пищевые волокна". */
    static String capitalize(String name) {
        int first = name.codePointAt(0);
        int upper = Character.toUpperCase(first);
        if (upper == first) {
            return name;
        }
        return new StringBuilder(name.length()).appendCodePoint(upper).append(name, Character.charCount(first), name.length())
                .toString();
    }
}
