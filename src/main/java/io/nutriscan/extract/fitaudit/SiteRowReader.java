package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.ExtractionException;
import io.nutriscan.extract.html.Bytes;
import io.nutriscan.extract.html.TagAttributes;
import java.nio.charset.Charset;

/**
 * A row of a profile table in the exact markup the site writes, read in one pass instead of tag by tag
 * ({@link ProfileReader} reads any other markup tag by tag, and finds the same on such a row).
 */
final class SiteRowReader {

    private final byte[] page;
    private final Charset charset;
    private final TagAttributes attributes;
    private final NutrientProfile profile;
    private final ProfileValues values;

    SiteRowReader(byte[] page, Charset charset, TagAttributes attributes, NutrientProfile profile, ProfileValues values) {
        this.page = page;
        this.charset = charset;
        this.attributes = attributes;
        this.profile = profile;
        this.values = values;
    }

    /** How a row of the site's tables starts: {@link #read} reads the rest. */
    static final byte[] SITE_ROW = Bytes.ascii("<tr class=\"js__msr_cc\"");
    private static final byte[] DATA_FA = Bytes.ascii("data-fa='");
    private static final byte[] CELL = Bytes.ascii("<td");
    private static final byte[] CELL_END = Bytes.ascii("</td>");
    private static final byte[] LINK = Bytes.ascii("<a href=\"");
    private static final byte[] LINK_END = Bytes.ascii("</a>");
    /** The tags of a row's cells as words: one comparison each. */
    private static final long SPAN_START_WORD = Bytes.wordOf("<span");
    private static final long SPAN_END_WORD = Bytes.wordOf("</span>");
    private static final long CELL_WORD = Bytes.wordOf("<td");
    private static final long CELL_END_WORD = Bytes.wordOf("</td>");
    private static final long ROW_END_WORD = Bytes.wordOf("</tr>");
    private static final long MASK_3 = Bytes.mask(3);
    private static final long MASK_5 = Bytes.mask(5);
    private static final long MASK_7 = Bytes.mask(7);

    /**
     * A row of a profile table in the exact markup the site writes, read in one pass instead of tag by tag; returns
     * where the row ends (past its {@code </tr>}) with its nutrient added, or -1 for any other markup, which is then
     * read tag by tag. Taken here: {@code <tr class="js__msr_cc" data-fa='…'>}, a first cell
     * {@code <td class="tbl-name…"><a href="…">…</a></td>}, then cells holding text and spans, then {@code </tr>};
     * tag names in lower case, every attribute {@code name="value"}, nothing else in a tag. On such a row the tag by
     * tag reading finds the same: the row's measure named by the link of its name cell, no other link, every cell closed.
     */
    int read(int lt) throws ExtractionException {
        byte[] p = page;
        int i = lt + SITE_ROW.length;
        int afterSpace = spaces(i);
        if (afterSpace == i || !Bytes.startsWith(p, afterSpace, DATA_FA)) {
            return -1;
        }
        int faStart = afterSpace + DATA_FA.length;
        int faEnd = valueEndingTheTag(faStart, (byte) '\'');
        i = faEnd < 0 ? -1 : nextTag(faEnd + 2, CELL);
        if (i < 0) {
            return -1;
        }
        i = quotedAttributes(i + CELL.length);
        if (i < 0 || attributes.valueStart < 0 || (ProfileClasses.bits(p, attributes.valueStart, attributes.valueEnd) & (ProfileClasses.NAME_CELL | ProfileClasses.NOT_PLAIN)) != ProfileClasses.NAME_CELL) {
            return -1;
        }
        i = nextTag(i, LINK);
        if (i < 0) {
            return -1;
        }
        int hrefStart = i + LINK.length;
        int hrefEnd = valueEndingTheTag(hrefStart, (byte) '"');
        i = hrefEnd < 0 ? -1 : nextTag(hrefEnd + 2, LINK_END);
        i = i < 0 ? -1 : nextTag(i + LINK_END.length, CELL_END);
        if (i < 0) {
            return -1;
        }
        i += CELL_END.length;
        boolean inCell = false;
        while (true) {
            i = Bytes.indexOf(p, (byte) '<', i, p.length);
            if (i < 0 || i > p.length - 8) {
                return -1;
            }
            long w = Bytes.word(p, i);
            if ((w & MASK_5) == SPAN_START_WORD) {
                i = quotedAttributes(i + 5);
            } else if ((w & MASK_7) == SPAN_END_WORD) {
                i += 7;
            } else if (!inCell && (w & MASK_3) == CELL_WORD) {
                i = quotedAttributes(i + 3);
                if (attributes.valueStart >= 0 && !TagAttributes.isPlainAscii(p, attributes.valueStart, attributes.valueEnd)) {
                    return -1;
                }
                inCell = true;
            } else if (inCell && (w & MASK_5) == CELL_END_WORD) {
                i += 5;
                inCell = false;
            } else if (!inCell && (w & MASK_5) == ROW_END_WORD) {
                i += 5;
                break;
            } else {
                return -1;
            }
            if (i < 0) {
                return -1;
            }
        }
        DataFa fa = DataFa.parse(p, faStart, faEnd, charset);
        String slug = values.slug(hrefStart, hrefEnd);
        if (fa == null || fa == DataFa.REFERENCE || values.unreadable) {
            return -1;
        }
        if (slug != null) {
            profile.addMeasure(slug, fa);
        }
        return i;
    }

    /** Where the next tag from {@code from} starts when it starts with {@code tag}; else -1. */
    private int nextTag(int from, byte[] tag) {
        int lt = Bytes.indexOf(page, (byte) '<', from, page.length);
        return Bytes.startsWith(page, lt, tag) ? lt : -1;
    }

    /** Where a value in {@code quote}s that starts at {@code from} ends, when its tag ends right after it; else -1. */
    private int valueEndingTheTag(int from, byte quote) {
        int close = Bytes.indexOf(page, quote, from, page.length);
        return close >= 0 && close + 1 < page.length && page[close + 1] == '>' ? close : -1;
    }

    /** Past the white space at {@code from}. */
    private int spaces(int from) {
        byte[] p = page;
        int i = from;
        while (i < p.length && TagAttributes.isSpace(p[i])) {
            i++;
        }
        return i;
    }

    /**
     * Reads a tag's attributes from just after its name, when each is white space, a lower-case name, '=' and a
     * value in double quotes, and the tag ends right after one; the class's value is left in {@link #attributes}
     * (start -1: none). Returns where the tag ends, or -1 for anything else.
     */
    private int quotedAttributes(int from) {
        byte[] p = page;
        int n = p.length;
        int i = from;
        attributes.valueStart = -1;
        while (i < n) {
            byte c = p[i];
            if (c == '>') {
                return i + 1;
            }
            if (!TagAttributes.isSpace(c)) {
                return -1;
            }
            i = spaces(i + 1);
            int nameStart = i;
            while (i < n && ((c = p[i]) >= 'a' && c <= 'z' || c == '-')) {
                i++;
            }
            if (i == nameStart || i + 1 >= n || p[i] != '=' || p[i + 1] != '"') {
                return -1;
            }
            int close = Bytes.indexOf(p, (byte) '"', i + 2, n);
            if (close < 0) {
                return -1;
            }
            if (attributes.valueStart < 0 && i - nameStart == 5 && Bytes.startsWith(p, nameStart, "class")) {
                attributes.valueStart = i + 2;
                attributes.valueEnd = close;
            }
            i = close + 1;
        }
        return -1;
    }
}
