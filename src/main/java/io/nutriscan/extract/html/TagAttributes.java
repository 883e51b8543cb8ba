package io.nutriscan.extract.html;

/**
 * Reads a tag's attributes from just after its name to its '>', as the HTML tokenizer does: quotes count
 * only around attribute values, a '/' just before the '>' marks the tag self-closing, and of two attributes
 * with the same name the first counts (as in the tree builder). {@link BlockScanner} and
 * {@link LegendReader} each want one attribute's value (the id, the class); one instance serves a whole
 * page, so no object is made per tag.
 */
public final class TagAttributes {

    private final byte[] page;

    /**
     * What the last {@link #read} found: a '/' just before the '>', the wanted attribute's value (start -1: none)
     * and the second wanted attribute's.
     */
    public boolean selfClosing;
    public int valueStart;
    public int valueEnd;
    public int secondStart;
    public int secondEnd;

    public TagAttributes(byte[] page) {
        this.page = page;
    }

    /**
     * Reads the attributes in {@code page[from, limit)}; returns where the tag ends (just past its '>'), or -1
     * when it does not end before {@code limit}. {@code wanted}: the lower-case name of the attribute whose
     * value is noted in {@link #valueStart} and {@link #valueEnd}, or null.
     */
    public int read(int from, int limit, String wanted) {
        return read(from, limit, wanted, null);
    }

    /** The same, noting a second attribute's value too, in {@link #secondStart} and {@link #secondEnd}. */
    public int read(int from, int limit, String wanted, String second) {
        // Locals and one load per byte: C1, the launcher's JIT, reloads a field at every use.
        byte[] p = page;
        int i = from;
        boolean seen = wanted == null;
        boolean secondSeen = second == null;
        boolean slash = false;
        valueStart = -1;
        valueEnd = -1;
        secondStart = -1;
        secondEnd = -1;
        selfClosing = false;
        if (i < limit && p[i] == '>') {
            return i + 1; // no attributes: most end tags and many start tags
        }
        while (true) {
            byte c = 0;
            while (i < limit) {
                c = p[i];
                if (c == '/') {
                    slash = true;
                } else if (c <= ' ' && isSpace(c)) {
                    slash = false;
                } else {
                    break;
                }
                i++;
            }
            if (i >= limit) {
                return -1;
            }
            if (c == '>') {
                selfClosing = slash;
                return i + 1;
            }
            slash = false;
            int nameStart = i;
            i++; // the first character of a name may be anything, '=' included
            while (i < limit) {
                c = p[i];
                if (c == '=' || c == '>' || c == '/' || c <= ' ' && isSpace(c)) {
                    break;
                }
                i++;
            }
            int nameEnd = i;
            while (i < limit && (c = p[i]) <= ' ' && isSpace(c)) {
                i++;
            }
            int start = -1;
            int end = -1;
            if (i < limit && c == '=') {
                i++;
                while (i < limit && (c = p[i]) <= ' ' && isSpace(c)) {
                    i++;
                }
                if (i >= limit) {
                    return -1;
                }
                if (c == '"' || c == '\'') {
                    int close = Bytes.indexOf(p, c, i + 1, limit);
                    if (close < 0) {
                        return -1;
                    }
                    start = i + 1;
                    end = close;
                    i = close + 1;
                } else {
                    start = i;
                    while (i < limit) {
                        c = p[i];
                        if (c == '>' || c <= ' ' && isSpace(c)) {
                            break;
                        }
                        i++;
                    }
                    end = i;
                }
            }
            if (seen && secondSeen) {
                continue;
            }
            // The first letters are compared here before the call: C1 does not inline it.
            int first = p[nameStart] | 0x20;
            if (!seen && nameEnd - nameStart == wanted.length() && first == wanted.charAt(0)
                    && Bytes.startsWithIgnoreCase(p, nameStart, wanted)) {
                seen = true;
                valueStart = start;
                valueEnd = end;
            } else if (!secondSeen && nameEnd - nameStart == second.length() && first == second.charAt(0)
                    && Bytes.startsWithIgnoreCase(p, nameStart, second)) {
                secondSeen = true;
                secondStart = start;
                secondEnd = end;
            }
        }
    }

    /**
     * Whether the class attribute value {@code page[from, to)} has the class {@code name} (lower-case ASCII),
     * ASCII case ignored as the tree builder's selectors do.
     */
    public static boolean hasClass(byte[] page, int from, int to, String name) {
        int i = from;
        int length = name.length();
        int first = name.charAt(0);
        while (i < to) {
            while (i < to && isSpace(page[i])) {
                i++;
            }
            int start = i;
            while (i < to && !isSpace(page[i])) {
                i++;
            }
            if (i - start == length && (page[start] | 0x20) == first && Bytes.startsWithIgnoreCase(page, start, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an attribute value {@code page[from, to)} reads as its bytes: no character reference (only a parser
     * decodes it) and no non-ASCII byte (a parser's Unicode case folding may match it to a class name: the
     * Kelvin sign is a 'k').
     */
    public static boolean isPlainAscii(byte[] page, int from, int to) {
        for (int i = from; i < to; i++) {
            if (page[i] == '&' || page[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where a tag name that starts at {@code from} ends. */
    public static int nameEnd(byte[] page, int from, int limit) {
        int i = from;
        while (i < limit) {
            byte b = page[i];
            if (b == '>' || b == '/' || b <= ' ' && isSpace(b)) { // isNameEnd, written so that C1 inlines isSpace
                break;
            }
            i++;
        }
        return i;
    }

    public static boolean isAsciiLetter(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** Bits 9, 10, 12, 13 and 32: tab, LF, FF, CR and space. */
    private static final long SPACES = (1L << '\t') | (1L << '\n') | (1L << '\f') | (1L << '\r') | (1L << ' ');

    /** The HTML tokenizer's white space (small enough for C1 to inline: most bytes are decided by one comparison). */
    public static boolean isSpace(byte b) {
        return b <= ' ' && b >= '\t' && ((1L << b) & SPACES) != 0;
    }

    public static boolean isNameEnd(byte b) {
        return isSpace(b) || b == '/' || b == '>';
    }
}
