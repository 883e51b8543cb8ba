package io.nutriscan.extract;

import io.nutriscan.model.LegendItem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one legend item, "NAME DASH NUMBER [UNIT] [PUNCTUATION]" ("жиры — 0,39 г," as the
 * site writes it, "пищевые волокна – 2,4 г"). The name may have several words; the number must be a
 * decimal-comma number ([0-9]+(,[0-9]+)?); the unit is optional; one closing mark ({@code , . ; :}) may
 * follow, as the site ends each item of its list. Anything else is an error for the page, never a
 * guessed value.
 */
public final class LegendItemParser {

    /** The number, an optional unit and an optional closing mark after the dash, on text whose spaces are folded. */
    private static final Pattern VALUE = Pattern.compile("([0-9]+(?:,[0-9]+)?)(?: ?(\\p{L}+|%))?(?: ?[,.;:])?");

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
        Matcher value = VALUE.matcher(rest);
        if (!value.matches()) {
            throw new ExtractionException("legend value is not a number: " + text);
        }
        double number = Double.parseDouble(value.group(1).replace(',', '.'));
        return new LegendItem(capitalize(name), number, value.group(2));
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
