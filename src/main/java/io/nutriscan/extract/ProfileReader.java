package io.nutriscan.extract;

import io.nutriscan.model.LegendItem;
import io.nutriscan.model.Nutrient;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a page's nutrient profile ({@link NutrientProfile} says which) straight from its bytes, on from a
 * block {@link BlockScanner} has vouched for, through the paragraph and the three tables after it. It follows
 * only the markup the site writes there: in the calorie line and the legend items spans, links and line
 * breaks; in the paragraph links and spans; in the tables their rows, cells, links and spans; and anywhere
 * around them comments, scripts, styles, simple SVG and other tables. Anything else, or a measure without
 * {@code data-fa}, makes it answer {@link #UNSURE}, and the page is read from a DOM instead.
 */
final class ProfileReader {

    /** The reader cannot vouch for its answer. */
    static final List<Nutrient> UNSURE = null;
    /** The bytes end before the profile does: the rest of the page is needed. */
    static final List<Nutrient> MORE = List.of();

    private final byte[] page;
    private final Charset charset;
    private final TagAttributes attributes;
    private final NutrientProfile profile = new NutrientProfile();
    private final Tag token = new Tag();
    private int formatting;
    /** The last attribute read held a character reference: only a parser decodes it. */
    private boolean unreadable;

    private ProfileReader(byte[] page, Charset charset) {
        this.page = page;
        this.charset = charset;
        this.attributes = new TagAttributes(page);
    }

    /**
     * The profile of a page whose legend items are {@code legend}; {@code prefix}: the bytes are the page's first
     * only, so a profile that has not ended in them is {@link #MORE}.
     */
    static List<Nutrient> read(byte[] page, Charset charset, BlockScanner.Scan scan, List<LegendItem> legend, boolean prefix)
            throws ExtractionException {
        // The paragraph before the block would be the first of its kind (a table there keeps the scanner from
        // vouching for the block at all; inside the block they are checked below).
        if (scan.paragraphBefore()) {
            return UNSURE;
        }
        ProfileReader reader = new ProfileReader(page, charset);
        if (!reader.block(scan, legend)) {
            return UNSURE;
        }
        return reader.afterBlock(scan.blockEnd(), prefix);
    }

    /** The calorie line and the legend items; false when unsure. */
    private boolean block(BlockScanner.Scan scan, List<LegendItem> legend) throws ExtractionException {
        BlockTags tags = new BlockTags(page, scan);
        int end = scan.blockEnd();
        int pos = attributes.read(scan.blockStart() + 4, end, null); // past the block's own start tag
        int spans = 0;
        int calories = -1;
        boolean caloriesSeen = false;
        boolean energySeen = false;
        int item = -1;
        int items = 0;
        String itemSlug = null;
        Measure itemMeasure = null;
        // The calorie line counts first wherever it stands, then the items (as the DOM reading has it).
        List<LegendMeasure> legendMeasures = new ArrayList<>();
        while (pos >= 0 && pos < end) {
            int lt = tags.next(pos);
            if (lt < 0) {
                break;
            }
            Tag tag = tag(lt, end);
            if (tag == null) {
                return false;
            }
            if (tag.kind == Tag.AT_END) {
                return false;
            }
            pos = tag.end;
            if (tag.kind == Tag.TEXT || tag.kind == Tag.SKIPPED) {
                continue;
            }
            boolean inSpan = calories >= 0 || item >= 0;
            if (tag.is(A)) {
                if (!tag.close && inSpan && hasMeasureClass(tag)) {
                    return false;
                }
                formatting += tag.close ? -1 : 1;
                if (formatting < 0) {
                    return false;
                }
                continue;
            }
            if (tag.is(P) && !tag.close) {
                Tag classes = readableClass(tag);
                if (classes == null || has(classes, ENDLINE)) {
                    return false; // the nutrient paragraph inside the block: the first of its kind, before the calorie line's end
                }
            }
            if (tag.is(SPAN)) {
                if (!tag.close) {
                    if (tag.selfClosing) {
                        return false;
                    }
                    spans++;
                    Tag classes = readableClass(tag);
                    if (classes == null) {
                        return false;
                    }
                    boolean isCalories = has(classes, CALORIES);
                    boolean isItem = has(classes, LEGEND) && has(classes, ITEM);
                    boolean isMark = has(classes, MARK);
                    boolean isMeasure = has(classes, MEASURE);
                    if ((isCalories || isItem) && (isMark || isMeasure || inSpan)) {
                        return false; // a calorie line or an item that is its own mark or measure, or inside another
                    }
                    if (isCalories && !caloriesSeen) {
                        calories = spans;
                        caloriesSeen = true;
                    } else if (isItem) {
                        item = spans;
                        items++;
                        itemSlug = null;
                        itemMeasure = null;
                    } else if (isMark && item >= 0 && itemSlug == null) {
                        itemSlug = NutrientProfile.markSlug(value(tag.classStart, tag.classEnd));
                        itemSlug = itemSlug == null ? "" : itemSlug;
                    } else if (isMeasure && (calories >= 0 && !energySeen || item >= 0 && itemMeasure == null)) {
                        Measure json = measure(tag);
                        if (json == null) {
                            return false;
                        }
                        if (calories >= 0) {
                            profile.addMeasure(NutrientProfile.ENERGY, json.fa);
                            energySeen = true;
                        } else {
                            itemMeasure = json;
                        }
                    }
                } else if (spans > 0) {
                    if (spans == item) {
                        LegendItem legendItem = items <= legend.size() ? legend.get(items - 1) : null;
                        if (legendItem == null) {
                            return false;
                        }
                        if (itemSlug != null && !itemSlug.isEmpty()) {
                            legendMeasures.add(new LegendMeasure(itemSlug, itemMeasure, legendItem));
                        }
                        item = -1;
                    } else if (spans == calories) {
                        calories = -1;
                    }
                    spans--;
                }
            } else if (tag.kind == Tag.FORMATTING) {
                if (inSpan) {
                    return false;
                }
                formatting += tag.close ? -1 : 1;
            } else if (inSpan && !tag.is(BR)) {
                return false;
            }
        }
        if (spans != 0 || formatting != 0 || items != legend.size()) {
            return false;
        }
        for (LegendMeasure m : legendMeasures) {
            if (m.measure != null) {
                profile.addMeasure(m.slug, m.measure.fa);
            } else {
                profile.add(m.slug, Double.toString(m.item.value()), m.item.unit());
            }
        }
        return true;
    }

    /** A legend item's nutrient, added once the calorie line has been. */
    private record LegendMeasure(String slug, Measure measure, LegendItem item) {
    }

    /** The paragraph and the tables after the block. */
    private List<Nutrient> afterBlock(int from, boolean prefix) throws ExtractionException {
        int n = page.length;
        int pos = from;
        boolean endlineSeen = false;
        boolean inEndline = false;
        String pending = null;
        int tables = 0;
        int target = -1;
        boolean[] tableSeen = new boolean[NutrientProfile.TABLES.length];
        int tablesLeft = tableSeen.length;
        boolean row = false;
        Measure rowMeasure = null;
        String rowSlug = null;
        boolean rowLinkSeen = false;
        boolean inName = false;
        int svg = 0;
        while (!(endlineSeen && !inEndline && tablesLeft == 0 && target < 0)) {
            int lt = Bytes.indexOf(page, (byte) '<', pos, n);
            if (lt < 0) {
                break;
            }
            if (target >= 0 && !row && !inName && formatting == 0 && svg == 0 && Bytes.startsWith(page, lt, SITE_ROW)) {
                int rowEnd = siteRow(lt);
                if (rowEnd >= 0) {
                    pos = rowEnd;
                    continue;
                }
            }
            Tag tag = tag(lt, n);
            if (tag == null) {
                return UNSURE;
            }
            if (tag.kind == Tag.AT_END) {
                break;
            }
            pos = tag.end;
            if (tag.kind == Tag.TEXT || tag.kind == Tag.SKIPPED) {
                continue;
            }
            if (svg > 0 || tag.is(SVG)) {
                if (tag.is(SVG)) {
                    svg += tag.close ? -1 : tag.selfClosing ? 0 : 1;
                    if (inEndline || target >= 0) {
                        return UNSURE;
                    }
                } else if (TagKind.of(page, tag.nameStart, tag.nameEnd) != TagKind.SVG_SHAPE) {
                    return UNSURE;
                }
                continue;
            }
            if (tag.kind == Tag.RAW) {
                if (inEndline || target >= 0) {
                    return UNSURE;
                }
                continue;
            }
            if (inEndline) {
                if (tag.is(P) && tag.close) {
                    inEndline = false;
                    continue;
                }
                if (tag.is(A)) {
                    if (!tag.close) {
                        String slug = linkSlug(tag);
                        if (unreadable || formatting > 0 || hasMeasureClass(tag)) {
                            return UNSURE;
                        }
                        pending = slug != null ? slug : pending;
                    }
                    formatting += tag.close ? -1 : 1;
                    if (formatting < 0) {
                        return UNSURE;
                    }
                } else if (tag.is(SPAN)) {
                    if (!tag.close) {
                        Boolean measure = isMeasure(tag);
                        if (measure == null) {
                            return UNSURE;
                        }
                        if (measure && pending != null) {
                            Measure json = measure(tag);
                            if (json == null) {
                                return UNSURE;
                            }
                            profile.addMeasure(pending, json.fa);
                            pending = null;
                        }
                    }
                } else if (!tag.is(BR)) {
                    return UNSURE;
                }
                continue;
            }
            if (target >= 0) {
                if (tag.is(TABLE)) {
                    if (!tag.close || row) {
                        return UNSURE;
                    }
                    tableSeen[target] = true;
                    tablesLeft--;
                    target = -1;
                    tables--;
                } else if (tag.is(TR)) {
                    if (!tag.close) {
                        if (row) {
                            return UNSURE;
                        }
                        Boolean measure = isMeasure(tag);
                        if (measure == null) {
                            return UNSURE;
                        }
                        if (measure) {
                            rowMeasure = measure(tag);
                            if (rowMeasure == null) {
                                return UNSURE;
                            }
                            row = true;
                            rowSlug = null;
                            rowLinkSeen = false;
                        }
                    } else if (row) {
                        if (inName) {
                            return UNSURE;
                        }
                        if (rowSlug != null) {
                            profile.addMeasure(rowSlug, rowMeasure.fa);
                        }
                        row = false;
                    }
                } else if (tag.is(TD)) {
                    if (!tag.close) {
                        if (inName) {
                            return UNSURE;
                        }
                        Tag classes = readableClass(tag);
                        if (classes == null) {
                            return UNSURE;
                        }
                        inName = has(classes, NAME_CELL);
                    } else {
                        inName = false;
                    }
                } else if (tag.is(A)) {
                    if (!tag.close) {
                        String slug = linkSlug(tag);
                        if (unreadable || formatting > 0) {
                            return UNSURE;
                        }
                        if (row && inName && tag.secondStart >= 0 && !rowLinkSeen) {
                            rowLinkSeen = true;
                            rowSlug = slug;
                        }
                    }
                    formatting += tag.close ? -1 : 1;
                    if (formatting < 0) {
                        return UNSURE;
                    }
                } else if (!(tag.is(TBODY) || tag.is(THEAD) || tag.is(TFOOT) || tag.is(TH) || tag.is(SPAN)
                        || tag.is(BR))) {
                    return UNSURE;
                }
                continue;
            }
            if (tag.kind == Tag.FORMATTING) {
                formatting = Math.max(0, formatting + (tag.close ? -1 : 1));
            } else if (tag.kind == Tag.DECLINED) {
                return UNSURE;
            } else if (tag.is(TABLE)) {
                if (!tag.close) {
                    Tag classes = readableClass(tag);
                    if (classes == null) {
                        return UNSURE;
                    }
                    int kind = tableKind(classes);
                    if (kind == TWO_KINDS) {
                        return UNSURE;
                    }
                    if (kind >= 0 && !tableSeen[kind]) {
                        if (tables > 0 || formatting > 0 || tag.selfClosing) {
                            return UNSURE;
                        }
                        target = kind;
                    }
                    tables++;
                } else {
                    tables = Math.max(0, tables - 1);
                }
            } else if (tag.is(P) && !tag.close && !endlineSeen) {
                Tag classes = readableClass(tag);
                if (classes == null) {
                    return UNSURE;
                }
                if (has(classes, ENDLINE)) {
                    if (tables > 0 || formatting > 0) {
                        return UNSURE;
                    }
                    endlineSeen = true;
                    inEndline = true;
                    pending = null;
                }
            }
        }
        boolean ended = endlineSeen && !inEndline && tablesLeft == 0 && target < 0;
        if (!ended && prefix) {
            return MORE;
        }
        if (inEndline || target >= 0) {
            return UNSURE; // cut short inside them: the tree builder closes what is open
        }
        return profile.nutrients();
    }

    /** Which of the three tables a table's class makes it: -1 none, {@link #TWO_KINDS} more than one. */
    private int tableKind(Tag classes) {
        int kind = -1;
        for (int k = 0; k < NutrientProfile.TABLES.length; k++) {
            if (has(classes, TABLE_CLASSES[k])) {
                if (kind >= 0) {
                    return TWO_KINDS;
                }
                kind = k;
            }
        }
        return kind;
    }

    private static final int TWO_KINDS = -2;

    /** Whether a span is a measure; null when its class cannot be read here. */
    private Boolean isMeasure(Tag tag) {
        Tag classes = readableClass(tag);
        return classes == null ? null : has(classes, MEASURE);
    }

    private boolean hasMeasureClass(Tag tag) {
        return !Boolean.FALSE.equals(isMeasure(tag));
    }

    /** Tag names the reader tells apart. */
    private static final int OTHER = 0;
    private static final int A = 1;
    private static final int P = 2;
    private static final int BR = 3;
    private static final int TR = 4;
    private static final int TD = 5;
    private static final int TH = 6;
    private static final int SVG = 7;
    private static final int SPAN = 8;
    private static final int TABLE = 9;
    private static final int TBODY = 10;
    private static final int THEAD = 11;
    private static final int TFOOT = 12;

    /**
     * One token of the page from a '<': a tag, a comment or declaration skipped, raw text skipped, or a '<' that is
     * text. A start tag of a name the reader looks into keeps where its class and its {@code data-fa} or
     * {@code href} are (start -1: none).
     */
    private static final class Tag {
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
        /** The class's bits ({@link #classBits}), -1 until asked. */
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
    private Tag tag(int lt, int limit) {
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
    private void attributesOf(Tag tag) {
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

    /** The tag, when its class (if any) is plain ASCII ({@link TagAttributes#isPlainAscii}); else null. */
    private Tag readableClass(Tag tag) {
        attributesOf(tag);
        return tag.classStart < 0 || (classes(tag) & NOT_PLAIN) == 0 ? tag : null;
    }

    /** A measure read from a tag's {@code data-fa}: {@code fa} null when it is not valid JSON. */
    private record Measure(DataFa fa) {
    }

    /** The {@code data-fa} of a span or a row; null when it has none or holds a reference (only a DOM reads it then). */
    private Measure measure(Tag tag) {
        attributesOf(tag);
        if (tag.secondStart < 0) {
            return null;
        }
        DataFa fa = DataFa.parse(page, tag.secondStart, tag.secondEnd, charset);
        return fa == DataFa.REFERENCE ? null : new Measure(fa);
    }

    /**
     * The slug of a link's {@code /nutrients/SLUG} href, as {@link NutrientProfile#slugOf} reads it from the href's
     * text, or null (none, or {@link #unreadable} when the href holds a character reference). Read from the bytes: the
     * charset keeps ASCII as it is, and no byte of another character is a '/', '?' or '#'.
     */
    private String linkSlug(Tag tag) {
        attributesOf(tag);
        return slug(tag.secondStart, tag.secondEnd);
    }

    /** The slug of the href in {@code page[start, end)} ({@code start} -1: no href), as {@link #linkSlug} reads it. */
    private String slug(int start, int end) {
        if (!readableValue(start, end)) {
            return null;
        }
        int at = Bytes.indexOf(page, LINK_PATH, start, end);
        if (at < 0) {
            return null;
        }
        int from = at + LINK_PATH.length;
        int to = from;
        while (to < end && page[to] != '/' && page[to] != '?' && page[to] != '#') {
            to++;
        }
        if (to == from) {
            return null;
        }
        String known = SITE_SLUGS.of(page, from, to);
        return known != null ? known : new String(page, from, to - from, charset);
    }

    /** How a row of the site's tables starts: {@link #siteRow} reads the rest. */
    private static final byte[] SITE_ROW = Bytes.ascii("<tr class=\"js__msr_cc\"");
    private static final byte[] DATA_FA = Bytes.ascii("data-fa='");
    private static final byte[] CELL = Bytes.ascii("<td");
    private static final byte[] CELL_END = Bytes.ascii("</td>");
    private static final byte[] LINK = Bytes.ascii("<a href=\"");
    private static final byte[] LINK_END = Bytes.ascii("</a>");
    private static final byte[] LINK_PATH = Bytes.ascii(NutrientProfile.LINK_PATH);
    /** The slugs the site names its nutrients by: ASCII, so the same bytes in any charset a page is read in here. */
    static final KnownStrings SITE_SLUGS = new KnownStrings(StandardCharsets.US_ASCII, "energy", "fat", "protein",
        "carbohydrate", "water", "ash", "sugars", "fiber", "starch", "cholesterol", "fat_trans", "vitamin_a", "beta_carotene",
        "alpha_carotene", "vitamin_d", "vitamin_d2", "vitamin_d3", "vitamin_e", "vitamin_k", "vitamin_c", "vitamin_b1",
        "vitamin_b2", "vitamin_b3", "vitamin_b4", "vitamin_b5", "vitamin_b6", "vitamin_b9", "vitamin_b12", "calcium", "iron",
        "magnesium", "phosphorus", "potassium", "sodium", "zinc", "copper", "manganese", "selenium", "fluoride");
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
    private int siteRow(int lt) throws ExtractionException {
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
        if (i < 0 || attributes.valueStart < 0 || (classBits(attributes.valueStart, attributes.valueEnd) & (NAME_CELL | NOT_PLAIN)) != NAME_CELL) {
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
        String slug = slug(hrefStart, hrefEnd);
        if (fa == null || fa == DataFa.REFERENCE || unreadable) {
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

    /** Whether the row that starts at {@code at} is read in one pass ({@link #siteRow}); for tests. */
    static boolean isSiteRow(byte[] page, int at) throws ExtractionException {
        return Bytes.startsWith(page, at, SITE_ROW) && new ProfileReader(page, StandardCharsets.UTF_8).siteRow(at) >= 0;
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

    /**
     * An attribute's value, or null when there is none ({@code start} -1), or when it holds a character reference
     * ({@link #unreadable} is set then).
     */
    private String value(int start, int end) {
        return readableValue(start, end) ? new String(page, start, end - start, charset) : null;
    }

    /**
     * Whether there is a value {@code page[start, end)} ({@code start} -1: none) without a character reference;
     * sets {@link #unreadable} to whether it has one.
     */
    private boolean readableValue(int start, int end) {
        unreadable = start >= 0 && Bytes.indexOf(page, (byte) '&', start, end) >= 0;
        return start >= 0 && !unreadable;
    }

    /** The classes the reader looks for, as bits of {@link Tag#classes}. */
    private static final String[] CLASS_NAMES = {"pr__ind_endline", "him_bx__legend_calories", "him_bx__legend", "pr__fl",
        "him_bx__legend_mark", "js__msr_cc", "tbl-name", "bju_tbl", "vitamins_tbl", "minerals_tbl"};
    /** For each length, the first class name that long (-1: none); for each name, the next as long. */
    private static final int[] FIRST_OF_LENGTH = new int[32];
    private static final int[] NEXT_OF_LENGTH = new int[CLASS_NAMES.length];

    static {
        Arrays.fill(FIRST_OF_LENGTH, -1);
        for (int k = CLASS_NAMES.length - 1; k >= 0; k--) {
            int length = CLASS_NAMES[k].length();
            NEXT_OF_LENGTH[k] = FIRST_OF_LENGTH[length];
            FIRST_OF_LENGTH[length] = k;
        }
    }

    private static final int ENDLINE = 1;
    private static final int CALORIES = 1 << 1;
    private static final int LEGEND = 1 << 2;
    private static final int ITEM = 1 << 3;
    private static final int MARK = 1 << 4;
    private static final int MEASURE = 1 << 5;
    private static final int NAME_CELL = 1 << 6;
    private static final int[] TABLE_CLASSES = {1 << 7, 1 << 8, 1 << 9};

    /** A byte of the class is '&' or not ASCII. */
    private static final int NOT_PLAIN = 1 << 30;

    /** Whether the tag's class has the class of bit {@code bit}, ASCII case ignored. */
    private boolean has(Tag tag, int bit) {
        return tag.classStart >= 0 && (classes(tag) & bit) != 0;
    }

    private int classes(Tag tag) {
        if (tag.classes < 0) {
            tag.classes = classBits(tag.classStart, tag.classEnd);
        }
        return tag.classes;
    }

    /** One pass over a class attribute for every class the reader looks for: a tag's class is asked up to five times. */
    private int classBits(int from, int to) {
        byte[] p = page;
        int bits = 0;
        int i = from;
        while (i < to) {
            while (i < to && TagAttributes.isSpace(p[i])) {
                i++;
            }
            int start = i;
            byte b;
            while (i < to && !TagAttributes.isSpace(b = p[i])) {
                if (b < 0 || b == '&') {
                    bits |= NOT_PLAIN;
                }
                i++;
            }
            int length = i - start;
            for (int k = length < FIRST_OF_LENGTH.length ? FIRST_OF_LENGTH[length] : -1; k >= 0; k = NEXT_OF_LENGTH[k]) {
                if (Bytes.startsWithIgnoreCase(p, start, CLASS_NAMES[k])) {
                    bits |= 1 << k;
                }
            }
        }
        return bits;
    }
}
