package io.nutriscan.extract.html;

import java.util.Map;

/**
 * The character references {@link LegendReader} decodes itself: the few named ones legend text uses, and
 * numeric ones for ordinary characters. Anything else (a reference without its semicolon, one of the two
 * thousand other names, a code point the parser would replace) is left to the full parse.
 */
public final class CharacterReferences {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", "\u00a0"), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("minus", "\u2212"),
            Map.entry("thinsp", "\u2009"), Map.entry("shy", "\u00ad"));

    private CharacterReferences() {
    }

    /** The character for the reference named in {@code text[from, to)} (between '&' and ';'), or null. */
    public static String decode(CharSequence text, int from, int to) {
        if (to <= from) {
            return null;
        }
        if (text.charAt(from) != '#') {
            return NAMED.get(text.subSequence(from, to).toString());
        }
        boolean hex = from + 1 < to && (text.charAt(from + 1) == 'x' || text.charAt(from + 1) == 'X');
        int digits = from + (hex ? 2 : 1);
        if (digits >= to || to - digits > 6) {
            return null;
        }
        int code = 0;
        for (int i = digits; i < to; i++) {
            int d = Character.digit(text.charAt(i), hex ? 16 : 10);
            if (d < 0 || text.charAt(i) > 'f') {
                return null;
            }
            code = code * (hex ? 16 : 10) + d;
        }
        boolean ordinary = (code >= 0x20 && code < 0x7F) || (code >= 0xA0 && code < 0xD800) || (code >= 0xE000 && code < 0xFDD0);
        return ordinary ? String.valueOf((char) code) : null;
    }
}
