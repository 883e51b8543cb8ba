package io.nutriscan.extract.html;

/**
 * The HTML tokenizer's reading of the markup at a '<', shared by every byte-level reader: a start or end tag (its
 * name; its attributes are read to the '>' with the reader's {@link TagAttributes}, noting only the ones it wants), a
 * comment, doctype, processing instruction or bogus comment to step over, or a '<' that is text; and the content of
 * a raw-text element, which is not markup. It reads tokens as the HTML standard's tokenizer does, and says so
 * ({@link #UNSURE}) where only a parser can: what the tree builder makes of the tokens is the reader's to judge.
 * One instance serves a whole page: the last token's parts are its fields.
 */
public final class Tokenizer {

    /** A start or end tag: {@link #close}, {@link #nameStart} and {@link #nameEnd} say which. */
    public static final int TAG = 0;
    /** A '<' that is text: the text goes on at {@link #end}. */
    public static final int TEXT = 1;
    /** A comment, doctype, processing instruction, bogus comment or "&lt;/&gt;": the text goes on at {@link #end}. */
    public static final int SKIPPED = 2;
    /** The limit comes first: the token is cut short. */
    public static final int AT_END = 3;
    /** A CDATA section, which parsers read differently: only a parser can go on. */
    public static final int UNSURE = 4;

    private final byte[] page;

    /** The last tag's parts ({@link #TAG}), or where the text goes on after what was stepped over. */
    public boolean close;
    public int nameStart;
    public int nameEnd;
    public int end;

    public Tokenizer(byte[] page) {
        this.page = page;
    }

    /** What is at the '<' at {@code lt}, reading no further than {@code limit}: one of the constants above. */
    public int at(int lt, int limit) {
        byte[] p = page;
        if (lt + 1 >= limit) {
            return AT_END;
        }
        byte next = p[lt + 1];
        if (next == '!' || next == '?') {
            int after = skipDeclaration(p, lt, limit);
            if (after == UNSURE_POS) {
                return UNSURE;
            }
            end = after;
            return after < 0 ? AT_END : SKIPPED;
        }
        boolean isClose = next == '/';
        int start = isClose ? lt + 2 : lt + 1;
        if (start >= limit) {
            return AT_END;
        }
        if (!TagAttributes.isAsciiLetter(p[start])) {
            if (!isClose) {
                end = lt + 1;
                return TEXT;
            }
            // "</>" is dropped, "</ x>" is a bogus comment: either way nothing up to the next '>'.
            int gt = Bytes.indexOf(p, (byte) '>', start, limit);
            end = gt + 1;
            return gt < 0 ? AT_END : SKIPPED;
        }
        close = isClose;
        nameStart = start;
        nameEnd = TagAttributes.nameEnd(p, start, limit);
        return TAG;
    }

    /** What {@link #skipDeclaration} and {@link #rawTextClose} answer for what only a parser can read. */
    public static final int UNSURE_POS = Integer.MIN_VALUE;

    /**
     * After {@code <!} or {@code <?} in {@code page[lt, limit)}: a comment, a doctype or a bogus comment. Returns
     * where the text goes on, -1 at the limit, {@link #UNSURE_POS} for a CDATA section.
     */
    public static int skipDeclaration(byte[] page, int lt, int limit) {
        if (Bytes.startsWith(page, lt, "<!--")) {
            int body = lt + 4;
            if (Bytes.startsWith(page, body, ">")) {
                return body + 1;
            }
            if (Bytes.startsWith(page, body, "->")) {
                return body + 2;
            }
            int close = Bytes.indexOf(page, "--", body, limit);
            while (close >= 0) {
                if (Bytes.startsWith(page, close, "-->") && close + 3 <= limit) {
                    return close + 3;
                }
                if (Bytes.startsWith(page, close, "--!>") && close + 4 <= limit) {
                    return close + 4;
                }
                close = Bytes.indexOf(page, "--", close + 1, limit);
            }
            return -1;
        }
        if (Bytes.startsWith(page, lt, "<![CDATA[")) {
            return UNSURE_POS; // jsoup reads CDATA sections as text, the HTML standard as a bogus comment
        }
        // A doctype or a bogus comment: the first '>' ends it, even inside quotes.
        int gt = Bytes.indexOf(page, (byte) '>', lt + 2, limit);
        return gt < 0 ? -1 : gt + 1;
    }

    /**
     * Skips the content of a raw-text or RCDATA element (its lower-case {@code name}) from {@code from} to where its
     * end tag starts; -1 at the limit, {@link #UNSURE_POS} for script data whose escapes only a parser follows.
     */
    public static int rawTextClose(byte[] page, String name, int from, int limit) {
        int at = from;
        while (true) {
            int close = Bytes.indexOf(page, "</", at, limit);
            if (close < 0) {
                return -1;
            }
            int nameEnd = close + 2 + name.length();
            if (nameEnd <= limit && Bytes.startsWithIgnoreCase(page, close + 2, name)
                    && (nameEnd == limit || TagAttributes.isNameEnd(page[nameEnd]))) {
                if (name.equals("script") && Bytes.indexOf(page, "<!--", from, close) >= 0) {
                    // Script data with "<!--" has escape states where "</script>" may not end it.
                    return UNSURE_POS;
                }
                return close;
            }
            at = close + 2;
        }
    }
}
