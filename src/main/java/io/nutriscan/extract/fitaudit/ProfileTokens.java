package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.html.Bytes;
import io.nutriscan.extract.html.TagAttributes;
import io.nutriscan.extract.html.TagKind;

/**
 * The tokens {@link ProfileReader} reads a page's profile by: from a '<', a start or end tag (with a code for the
 * names the reader tells apart, and where its class and its {@code data-fa} or {@code href} are), a comment or
 * declaration skipped, raw text skipped, formatting, a tag only a parser can place, or a '<' that is text. One
 * {@link Tag} instance serves a whole page. The attributes are read with the reader's own {@link TagAttributes}.
 */
final class ProfileTokens {

    private final byte[] page;
    private final TagAttributes attributes;
    private final Tag token = new Tag();

    ProfileTokens(byte[] page, TagAttributes attributes) {
        this.page = page;
        this.attributes = attributes;
    }

    /** Tag names the reader tells apart. */
    static final int OTHER = 0;
    static final int A = 1;
    static final int P = 2;
    static final int BR = 3;
    static final int TR = 4;
    static final int TD = 5;
    static final int TH = 6;
    static final int SVG = 7;
    static final int SPAN = 8;
    static final int TABLE = 9;
    static final int TBODY = 10;
    static final int THEAD = 11;
    static final int TFOOT = 12;

    /**
     * One token of the page from a '<': a tag, a comment or declaration skipped, raw text skipped, or a '<' that is
     * text. A start tag of a name the reader looks into keeps where its class and its {@code data-fa} or
     * {@code href} are (start -1: none).
     */
    static final class Tag {
        static final int START_OR_END = 0;
        static final int TEXT = 1;
        static final int SKIPPED = 2;
        static final int RAW = 3;
        static final int FORMATTING = 4;
        static final int DECLINED = 5;
        static final int AT_END = 6;

        int kind;
        boolean close;
        int name;
        int nameStart;
        int nameEnd;
        int end;
        boolean selfClosing;
        int classStart = -1;
        int classEnd;
        int secondStart = -1;
        int secondEnd;
        /** Whether the class and the second attribute have been read (most tags never need them). */
        boolean attributesRead;
        /** The class's bits ({@link ProfileClasses#bits}), -1 until asked. */
        int classes = -1;

        /** One instance serves a whole page: the reader looks at one token at a time, and pages have thousands. */
        Tag set(int kind, boolean close, int name, int nameStart, int nameEnd, int end, boolean selfClosing) {
            this.kind = kind;
            this.close = close;
            this.name = name;
            this.nameStart = nameStart;
            this.nameEnd = nameEnd;
            this.end = end;
            this.selfClosing = selfClosing;
            this.classStart = -1;
            this.secondStart = -1;
            this.attributesRead = false;
            this.classes = -1;
            return this;
        }

        Tag of(int kind, int end) {
            return set(kind, false, OTHER, 0, 0, end, false);
        }

        boolean is(int code) {
            return name == code;
        }
    }

    /** The code of the tag name in {@code page[from, to)}, ASCII case ignored (byte by byte: it runs for every tag). */
    private int nameCode(int from, int to) {
        byte[] p = page;
        int c = p[from] | 0x20;
        switch (to - from) {
            case 1:
                return c == 'a' ? A : c == 'p' ? P : OTHER;
            case 2: {
                int d = p[from + 1] | 0x20;
                if (c == 'b') {
                    return d == 'r' ? BR : OTHER;
                }
                if (c != 't') {
                    return OTHER;
                }
                return d == 'r' ? TR : d == 'd' ? TD : d == 'h' ? TH : OTHER;
            }
            case 3:
                return c == 's' && (p[from + 1] | 0x20) == 'v' && (p[from + 2] | 0x20) == 'g' ? SVG : OTHER;
            case 4:
                return c == 's' && (p[from + 1] | 0x20) == 'p' && (p[from + 2] | 0x20) == 'a' && (p[from + 3] | 0x20) == 'n'
                        ? SPAN : OTHER;
            case 5: {
                if (c != 't') {
                    return OTHER;
                }
                int d = p[from + 1] | 0x20;
                int e = p[from + 2] | 0x20;
                int f = p[from + 3] | 0x20;
                int g = p[from + 4] | 0x20;
                if (d == 'a') {
                    return e == 'b' && f == 'l' && g == 'e' ? TABLE : OTHER;
                }
                if (d == 'b') {
                    return e == 'o' && f == 'd' && g == 'y' ? TBODY : OTHER;
                }
                if (d == 'h') {
                    return e == 'e' && f == 'a' && g == 'd' ? THEAD : OTHER;
                }
                return d == 'f' && e == 'o' && f == 'o' && g == 't' ? TFOOT : OTHER;
            }
            default:
                return OTHER;
        }
    }

    /** The token at {@code lt}; null for what only a parser can read (the caller answers UNSURE). */
    Tag tag(int lt, int limit) {
        if (lt + 1 >= limit) {
            return token.of(Tag.AT_END, limit);
        }
        byte next = page[lt + 1];
        if (next == '!' || next == '?') {
            int after = BlockScanner.skipDeclaration(page, lt, limit);
            if (after == BlockScanner.UNSURE_POS) {
                return null;
            }
            return after < 0 ? token.of(Tag.AT_END, limit) : token.of(Tag.SKIPPED, after);
        }
        boolean close = next == '/';
        int nameStart = close ? lt + 2 : lt + 1;
        if (nameStart >= limit) {
            return token.of(Tag.AT_END, limit);
        }
        if (!TagAttributes.isAsciiLetter(page[nameStart])) {
            if (!close) {
                return token.of(Tag.TEXT, lt + 1);
            }
            int gt = Bytes.indexOf(page, (byte) '>', nameStart, limit);
            return gt < 0 ? token.of(Tag.AT_END, limit) : token.of(Tag.SKIPPED, gt + 1);
        }
        int nameEnd = TagAttributes.nameEnd(page, nameStart, limit);
        int name = close ? OTHER : nameCode(nameStart, nameEnd);
        // The start tags whose attributes are always looked at have them noted on the way to the '>'.
        boolean eager = name == A || name == P || name == TR || name == TD || name == TABLE;
        int end = eager ? attributes.read(nameEnd, limit, "class", secondAttribute(name)) : attributes.read(nameEnd, limit, null);
        if (end < 0) {
            return token.of(Tag.AT_END, limit);
        }
        if (close) {
            name = nameCode(nameStart, nameEnd);
        }
        boolean selfClosing = attributes.selfClosing;
        if (name != OTHER) {
            // Names the reader looks into: none is raw text, formatting or declined (a table's parts are read here).
            Tag tag = token.set(Tag.START_OR_END, close, name, nameStart, nameEnd, end, selfClosing);
            if (eager) {
                noteAttributes(tag);
            }
            return tag;
        }
        TagKind kind = TagKind.of(page, nameStart, nameEnd);
        switch (kind) {
            case RAW_TEXT -> {
                if (close) {
                    return token.of(Tag.SKIPPED, end);
                }
                if (selfClosing) {
                    return null;
                }
                int endTag = BlockScanner.rawTextClose(page, TagKind.lowerCaseName(page, nameStart, nameEnd), end, limit);
                if (endTag == BlockScanner.UNSURE_POS) {
                    return null;
                }
                int after = endTag < 0 ? -1 : attributes.read(TagAttributes.nameEnd(page, endTag + 2, limit), limit, null);
                return after < 0 ? token.of(Tag.AT_END, limit) : token.of(Tag.RAW, after);
            }
            case RETOKENIZING, NOSCRIPT -> {
                return null;
            }
            case FORMATTING -> {
                return token.set(Tag.FORMATTING, close, name, nameStart, nameEnd, end, selfClosing);
            }
            default -> {
                int tagKind = kind == TagKind.DECLINED && !isTablePart(nameStart, nameEnd) ? Tag.DECLINED : Tag.START_OR_END;
                return token.set(tagKind, close, name, nameStart, nameEnd, end, selfClosing);
            }
        }
    }

    private static final String[] TABLE_PARTS = {"table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th"};

    private boolean isTablePart(int nameStart, int nameEnd) {
        for (String part : TABLE_PARTS) {
            if (nameEnd - nameStart == part.length() && Bytes.startsWithIgnoreCase(page, nameStart, part)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the tag's class and its {@code data-fa} (a span or a row) or {@code href} (a link), once. */
    void attributesOf(Tag tag) {
        if (tag.attributesRead) {
            return;
        }
        attributes.read(tag.nameEnd, tag.end, "class", secondAttribute(tag.name));
        noteAttributes(tag);
    }

    /** The attribute read besides the class: a span's or a row's {@code data-fa}, a link's {@code href}. */
    private static String secondAttribute(int name) {
        return name == SPAN || name == TR ? "data-fa" : name == A ? "href" : null;
    }

    /** Keeps what the last read of the tag's attributes found. */
    private void noteAttributes(Tag tag) {
        tag.attributesRead = true;
        tag.classStart = attributes.valueStart;
        tag.classEnd = attributes.valueEnd;
        tag.secondStart = attributes.secondStart;
        tag.secondEnd = attributes.secondEnd;
    }
}
