package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.html.TagAttributes;
import io.nutriscan.extract.html.TagKind;
import io.nutriscan.extract.html.TagName;
import io.nutriscan.extract.html.TagTable;
import io.nutriscan.extract.html.Tokenizer;

/**
 * The tokens {@link ProfileReader} reads a page's profile by, from a '<' as the {@link Tokenizer} reads it: a start
 * or end tag (with its {@link TagName} when it is one the reader tells apart, and where its class and its
 * {@code data-fa} or {@code href} are), a comment or declaration skipped, raw text skipped, formatting, a tag only a
 * parser can place, or a '<' that is text. One {@link Tag} instance serves a whole page. The attributes are read
 * with the reader's own {@link TagAttributes}.
 */
final class ProfileTokens {

    private final byte[] page;
    private final TagAttributes attributes;
    private final Tokenizer tokenizer;
    private final Tag token = new Tag();

    ProfileTokens(byte[] page, TagAttributes attributes) {
        this.page = page;
        this.attributes = attributes;
        this.tokenizer = new Tokenizer(page);
    }

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
        TagName name;
        /** What the element is to the tree builder ({@link TagKind#OTHER} for what is no tag). */
        TagKind element;
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
        Tag set(int kind, boolean close, TagName name, TagKind element, int nameStart, int nameEnd, int end,
                boolean selfClosing) {
            this.kind = kind;
            this.close = close;
            this.name = name;
            this.element = element;
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
            return set(kind, false, TagName.OTHER, TagKind.OTHER, 0, 0, end, false);
        }

        boolean is(TagName tagName) {
            return name == tagName;
        }
    }

    /** The names the reader looks into; any other is {@link TagName#OTHER} to it, known by its kind alone. */
    private static TagName readerName(TagName name) {
        return switch (name) {
            case A, P, BR, TR, TD, TH, SVG, SPAN, TABLE, TBODY, THEAD, TFOOT -> name;
            default -> TagName.OTHER;
        };
    }

    /** The token at {@code lt}; null for what only a parser can read (the caller answers UNSURE). */
    Tag tag(int lt, int limit) {
        switch (tokenizer.at(lt, limit)) {
            case Tokenizer.AT_END -> {
                return token.of(Tag.AT_END, limit);
            }
            case Tokenizer.UNSURE -> {
                return null;
            }
            case Tokenizer.TEXT -> {
                return token.of(Tag.TEXT, tokenizer.end);
            }
            case Tokenizer.SKIPPED -> {
                return token.of(Tag.SKIPPED, tokenizer.end);
            }
            default -> {
                // a tag: read below
            }
        }
        boolean close = tokenizer.close;
        int nameStart = tokenizer.nameStart;
        int nameEnd = tokenizer.nameEnd;
        int slot = TagTable.slot(page, nameStart, nameEnd);
        TagName name = readerName(TagTable.name(slot));
        TagKind kind = TagTable.kind(slot);
        // The start tags whose attributes are always looked at have them noted on the way to the '>'.
        boolean eager = !close && (name == TagName.A || name == TagName.P || name == TagName.TR || name == TagName.TD
                || name == TagName.TABLE);
        int end = eager ? attributes.read(nameEnd, limit, "class", secondAttribute(name)) : attributes.read(nameEnd, limit, null);
        if (end < 0) {
            return token.of(Tag.AT_END, limit);
        }
        boolean selfClosing = attributes.selfClosing;
        if (name != TagName.OTHER) {
            // Names the reader looks into: none is raw text, formatting or declined (a table's parts are read here).
            Tag tag = token.set(Tag.START_OR_END, close, name, kind, nameStart, nameEnd, end, selfClosing);
            if (eager) {
                noteAttributes(tag);
            }
            return tag;
        }
        switch (kind) {
            case RAW_TEXT -> {
                if (close) {
                    return token.of(Tag.SKIPPED, end);
                }
                if (selfClosing) {
                    return null;
                }
                int endTag = Tokenizer.rawTextClose(page, TagTable.lowerCaseName(page, nameStart, nameEnd), end, limit);
                if (endTag == Tokenizer.UNSURE_POS) {
                    return null;
                }
                int after = endTag < 0 ? -1 : attributes.read(TagAttributes.nameEnd(page, endTag + 2, limit), limit, null);
                return after < 0 ? token.of(Tag.AT_END, limit) : token.of(Tag.RAW, after);
            }
            case RETOKENIZING, NOSCRIPT -> {
                return null;
            }
            case FORMATTING -> {
                return token.set(Tag.FORMATTING, close, name, kind, nameStart, nameEnd, end, selfClosing);
            }
            default -> {
                int tagKind = kind == TagKind.DECLINED && !TagTable.name(slot).tablePart() ? Tag.DECLINED : Tag.START_OR_END;
                return token.set(tagKind, close, name, kind, nameStart, nameEnd, end, selfClosing);
            }
        }
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
    private static String secondAttribute(TagName name) {
        return name == TagName.SPAN || name == TagName.TR ? "data-fa" : name == TagName.A ? "href" : null;
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
