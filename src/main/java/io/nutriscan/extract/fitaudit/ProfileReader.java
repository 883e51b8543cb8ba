package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.ExtractionException;
import io.nutriscan.extract.fitaudit.ProfileTokens.Tag;
import io.nutriscan.extract.html.Bytes;
import io.nutriscan.extract.html.TagAttributes;
import io.nutriscan.extract.html.TagKind;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.Nutrient;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import static io.nutriscan.extract.fitaudit.ProfileClasses.CALORIES;
import static io.nutriscan.extract.fitaudit.ProfileClasses.ENDLINE;
import static io.nutriscan.extract.fitaudit.ProfileClasses.ITEM;
import static io.nutriscan.extract.fitaudit.ProfileClasses.LEGEND;
import static io.nutriscan.extract.fitaudit.ProfileClasses.MARK;
import static io.nutriscan.extract.fitaudit.ProfileClasses.MEASURE;
import static io.nutriscan.extract.fitaudit.ProfileClasses.NAME_CELL;
import static io.nutriscan.extract.fitaudit.ProfileClasses.NOT_PLAIN;
import static io.nutriscan.extract.fitaudit.ProfileClasses.TABLE_CLASSES;
import static io.nutriscan.extract.html.TagName.A;
import static io.nutriscan.extract.html.TagName.BR;
import static io.nutriscan.extract.html.TagName.P;
import static io.nutriscan.extract.html.TagName.SPAN;
import static io.nutriscan.extract.html.TagName.SVG;
import static io.nutriscan.extract.html.TagName.TABLE;
import static io.nutriscan.extract.html.TagName.TBODY;
import static io.nutriscan.extract.html.TagName.TD;
import static io.nutriscan.extract.html.TagName.TFOOT;
import static io.nutriscan.extract.html.TagName.TH;
import static io.nutriscan.extract.html.TagName.THEAD;
import static io.nutriscan.extract.html.TagName.TR;

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
    private final ProfileTokens tokens;
    private final SiteRowReader rows;
    private int formatting;
    private final ProfileValues values;

    private ProfileReader(byte[] page, Charset charset) {
        this.page = page;
        this.charset = charset;
        this.attributes = new TagAttributes(page);
        this.tokens = new ProfileTokens(page, attributes);
        this.values = new ProfileValues(page, charset);
        this.rows = new SiteRowReader(page, charset, attributes, profile, values);
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
            Tag tag = tokens.tag(lt, end);
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
                        itemSlug = NutrientProfile.markSlug(values.value(tag.classStart, tag.classEnd));
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
            if (target >= 0 && !row && !inName && formatting == 0 && svg == 0 && Bytes.startsWith(page, lt, SiteRowReader.SITE_ROW)) {
                int rowEnd = rows.read(lt);
                if (rowEnd >= 0) {
                    pos = rowEnd;
                    continue;
                }
            }
            Tag tag = tokens.tag(lt, n);
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
                } else if (tag.element != TagKind.SVG_SHAPE) {
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
                        if (values.unreadable || formatting > 0 || hasMeasureClass(tag)) {
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
                        if (values.unreadable || formatting > 0) {
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

    /** The tag, when its class (if any) is plain ASCII ({@link TagAttributes#isPlainAscii}); else null. */
    private Tag readableClass(Tag tag) {
        tokens.attributesOf(tag);
        return tag.classStart < 0 || (classes(tag) & NOT_PLAIN) == 0 ? tag : null;
    }

    /** A measure read from a tag's {@code data-fa}: {@code fa} null when it is not valid JSON. */
    private record Measure(DataFa fa) {
    }

    /** The {@code data-fa} of a span or a row; null when it has none or holds a reference (only a DOM reads it then). */
    private Measure measure(Tag tag) {
        tokens.attributesOf(tag);
        if (tag.secondStart < 0) {
            return null;
        }
        DataFa fa = DataFa.parse(page, tag.secondStart, tag.secondEnd, charset);
        return fa == DataFa.REFERENCE ? null : new Measure(fa);
    }

    /**
     * The slug of a link's {@code /nutrients/SLUG} href, as {@link NutrientProfile#slugOf} reads it from the href's
     * text, or null (none, or {@link ProfileValues#unreadable} when the href holds a character reference). Read from the bytes: the
     * charset keeps ASCII as it is, and no byte of another character is a '/', '?' or '#'.
     */
    private String linkSlug(Tag tag) {
        tokens.attributesOf(tag);
        return values.slug(tag.secondStart, tag.secondEnd);
    }

    /** Whether the tag's class has the class of bit {@code bit}, ASCII case ignored. */
    private boolean has(Tag tag, int bit) {
        return tag.classStart >= 0 && (classes(tag) & bit) != 0;
    }

    private int classes(Tag tag) {
        if (tag.classes < 0) {
            tag.classes = ProfileClasses.bits(page, tag.classStart, tag.classEnd);
        }
        return tag.classes;
    }
}
