package io.nutriscan.extract.fitaudit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The site's machine-readable measure, the JSON of a {@code data-fa} attribute:
 * {@code {"msr":{"val":"0.39","round":"2","unit":"г","use":"inline"}}}. {@code val} is the exact value with a
 * decimal point ({@code ""} where the site has none), {@code unit} or {@code unitRu} the unit. Read straight
 * from the page's bytes by a small JSON reader of its own that keeps only those three and checks that the
 * rest is well-formed JSON (RFC 8259): a page holds about forty of these, and a general JSON parser per
 * attribute cost more than reading the rest of the page. The site's own shape goes through {@link FlatMeasure}
 * first. {@code DataFaTest} holds both to Jackson's reading.
 *
 * @param val  {@code msr.val} as written (a JSON number as its text), or null when there is none
 * @param unit {@code msr.unit}, else {@code msr.unitRu}, or null
 */
record DataFa(String val, String unit) {

    /** Stands for an attribute value with a '&': a character reference only a parser decodes. */
    static final DataFa REFERENCE = new DataFa(null, null);

    /** The measure in {@code json} (an attribute's decoded value), or null when it is not valid JSON. */
    static DataFa parse(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        DataFa flat = FlatMeasure.read(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        if (flat != null) {
            return flat;
        }
        DataFa measure = new Reader(bytes, 0, bytes.length, StandardCharsets.UTF_8, false).measure();
        return measure == REFERENCE ? null : measure;
    }

    /**
     * The measure in the raw attribute value {@code page[from, to)} of a page in {@code charset} (ASCII-compatible,
     * as every charset the extractor reads bytes in is); null when it is not valid JSON, {@link #REFERENCE} when it
     * holds a '&'.
     */
    static DataFa parse(byte[] page, int from, int to, Charset charset) {
        DataFa flat = FlatMeasure.read(page, from, to, charset);
        return flat != null ? flat : readInFull(page, from, to, charset);
    }

    /** The same with the general reader only, whatever the shape ({@link FlatMeasure} is held to it). */
    static DataFa readInFull(byte[] page, int from, int to, Charset charset) {
        return new Reader(page, from, to, charset, true).measure();
    }

    /** Reads one JSON value to its end and keeps msr.val, msr.unit and msr.unitRu of the root object. */
    private static final class Reader {
        private final byte[] s;
        private final int from;
        private final int n;
        private final Charset charset;
        private final boolean raw;
        private int at;
        private boolean reference;
        private String val;
        private String unit;
        private String unitRu;
        private boolean valSeen;
        private boolean unitSeen;
        private boolean unitRuSeen;
        /** Where the last string read starts and ends (its quotes excluded), and whether it held an escape. */
        private int stringStart;
        private int stringEnd;
        private boolean stringEscaped;

        Reader(byte[] s, int from, int to, Charset charset, boolean raw) {
            this.s = s;
            this.from = from;
            this.at = from;
            this.n = to;
            this.charset = charset;
            this.raw = raw;
        }

        DataFa measure() {
            try {
                space();
                if (at < n && s[at] == '{') {
                    object(0);
                } else {
                    value(2);
                }
                space();
                if (at != n) {
                    return invalid();
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return invalid();
            }
            return reference ? REFERENCE : new DataFa(val, unit != null ? unit : unitRu);
        }

        /** Invalid JSON, unless a character reference might have made it valid once decoded. */
        private DataFa invalid() {
            if (raw && !reference) {
                for (int i = from; i < n; i++) {
                    reference |= s[i] == '&';
                }
            }
            return reference ? REFERENCE : null;
        }

        /** The byte at {@code i}; a '&' outside a string is no JSON, and {@link #invalid} looks for it then. */
        private byte at(int i) {
            if (i >= n) {
                throw new IndexOutOfBoundsException();
            }
            return s[i];
        }

        private void space() {
            at = FlatMeasure.space(s, at, n);
        }

        /** {@code depth}: 0 the root object, 1 the root's msr object, 2 anything else. */
        private void value(int depth) {
            space();
            switch (at(at)) {
                case '{' -> object(depth);
                case '[' -> array();
                case '"' -> string();
                case 't' -> word("true");
                case 'f' -> word("false");
                case 'n' -> word("null");
                default -> number();
            }
        }

        private void object(int depth) {
            at++;
            space();
            if (at(at) == '}') {
                at++;
                return;
            }
            boolean msrSeen = false;
            while (true) {
                space();
                if (at(at) != '"') {
                    throw new IllegalArgumentException();
                }
                string();
                int keyStart = stringStart;
                int keyEnd = stringEnd;
                boolean keyEscaped = stringEscaped;
                space();
                expect(':');
                space();
                if (depth == 0 && !msrSeen && isKey(keyStart, keyEnd, keyEscaped, "msr")) {
                    msrSeen = true;
                    value(at(at) == '{' ? 1 : 2);
                } else if (depth == 1 && isKey(keyStart, keyEnd, keyEscaped, "val")) {
                    String text = measureText();
                    if (!valSeen) {
                        valSeen = true;
                        val = text;
                    }
                } else if (depth == 1 && isKey(keyStart, keyEnd, keyEscaped, "unit")) {
                    String text = stringText();
                    if (!unitSeen) {
                        unitSeen = true;
                        unit = text;
                    }
                } else if (depth == 1 && isKey(keyStart, keyEnd, keyEscaped, "unitRu")) {
                    String text = stringText();
                    if (!unitRuSeen) {
                        unitRuSeen = true;
                        unitRu = text;
                    }
                } else {
                    value(2);
                }
                space();
                if (at(at) == ',') {
                    at++;
                } else {
                    expect('}');
                    return;
                }
            }
        }

        /** A value kept as text: a string's, a number's as written, null for anything else. */
        private String measureText() {
            byte c = at(at);
            int start = at;
            value(2);
            if (c == '"') {
                return text(stringStart, stringEnd, stringEscaped);
            }
            return c == '-' || (c >= '0' && c <= '9') ? new String(s, start, at - start, StandardCharsets.ISO_8859_1) : null;
        }

        /** A value kept when it is a string; null for anything else. */
        private String stringText() {
            boolean isString = at(at) == '"';
            value(2);
            return isString ? text(stringStart, stringEnd, stringEscaped) : null;
        }

        private boolean isKey(int start, int end, boolean escaped, String key) {
            if (escaped) {
                return text(start, end, true).equals(key);
            }
            if (end - start != key.length()) {
                return false;
            }
            for (int i = 0; i < key.length(); i++) {
                if (s[start + i] != key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The text of the string between {@code start} and {@code end}, its escapes decoded. */
        private String text(int start, int end, boolean escaped) {
            if (!escaped) {
                return new String(s, start, end - start, charset);
            }
            StringBuilder out = new StringBuilder();
            int from = start;
            for (int i = start; i < end; i++) {
                if (s[i] != '\\') {
                    continue;
                }
                out.append(new String(s, from, i - from, charset));
                byte e = s[i + 1];
                switch (e) {
                    case '"', '\\', '/' -> out.append((char) e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    default -> out.append(hex(i + 2));
                }
                i += e == 'u' ? 5 : 1;
                from = i + 1;
            }
            return out.append(new String(s, from, end - from, charset)).toString();
        }

        private void array() {
            at++;
            space();
            if (at(at) == ']') {
                at++;
                return;
            }
            while (true) {
                value(2);
                space();
                if (at(at) == ',') {
                    at++;
                } else {
                    expect(']');
                    return;
                }
            }
        }

        /** Reads a string to its closing quote: {@link #stringStart}, {@link #stringEnd}, {@link #stringEscaped}. */
        private void string() {
            at++;
            stringStart = at;
            stringEscaped = false;
            while (true) {
                plainRun();
                byte c = at(at);
                if (c == '&') {
                    reference |= raw;
                }
                if (c == '"') {
                    stringEnd = at++;
                    return;
                }
                if (c >= 0 && c < 0x20) {
                    throw new IllegalArgumentException();
                }
                if (c == '\\') {
                    stringEscaped = true;
                    byte e = at(at + 1);
                    if (e == 'u') {
                        hex(at + 2);
                        at += 6;
                    } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                        at += 2;
                    } else {
                        throw new IllegalArgumentException();
                    }
                    continue;
                }
                at++;
            }
        }

        /**
         * Moves past string bytes that need no look: all but '"', '\\', '&' and control characters. The position is
         * kept in a local: C1 (the launcher's JIT) reloads and stores a field every turn.
         */
        private void plainRun() {
            byte[] bytes = s;
            int end = n;
            int i = at;
            while (i < end) {
                byte c = bytes[i];
                if (c == '"' || c == '\\' || c == '&' || (c >= 0 && c < 0x20)) {
                    break;
                }
                i++;
            }
            at = i;
        }

        private char hex(int from) {
            int code = 0;
            for (int i = from; i < from + 4; i++) {
                int digit = Character.digit(at(i), 16);
                if (digit < 0) {
                    throw new IllegalArgumentException();
                }
                code = code * 16 + digit;
            }
            return (char) code;
        }

        private void word(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (at(at + i) != word.charAt(i)) {
                    throw new IllegalArgumentException();
                }
            }
            at += word.length();
        }

        private void number() {
            if (at(at) == '-') {
                at++;
            }
            int digits = at;
            at = digits(at);
            if (at == digits || (s[digits] == '0' && at - digits > 1)) {
                throw new IllegalArgumentException();
            }
            if (at < n && s[at] == '.') {
                int fraction = at + 1;
                at = digits(fraction);
                if (at == fraction) {
                    throw new IllegalArgumentException();
                }
            }
            if (at < n && (s[at] == 'e' || s[at] == 'E')) {
                at++;
                if (at < n && (s[at] == '+' || s[at] == '-')) {
                    at++;
                }
                int exponent = at;
                at = digits(exponent);
                if (at == exponent) {
                    throw new IllegalArgumentException();
                }
            }
        }

        private int digits(int from) {
            int i = from;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                i++;
            }
            return i;
        }

        private void expect(char c) {
            if (at(at) != c) {
                throw new IllegalArgumentException();
            }
            at++;
        }
    }
}
