package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.ExtractionException;
import io.nutriscan.extract.html.Whitespace;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.Nutrient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page's whole nutrient profile, each nutrient under the slug of its {@code /nutrients/SLUG} link or its
 * {@code pr__SLUG} mark, in page order:
 * <ol>
 * <li>the calorie line of {@code div#him_bx} ({@code span.him_bx__legend_calories}): {@code energy};</li>
 * <li>the legend items, each named by the {@code pr__SLUG} class of its {@code span.him_bx__legend_mark};</li>
 * <li>the first {@code p.pr__ind_endline}: each {@code /nutrients/SLUG} link names the next
 * {@code .js__msr_cc} measure (sugars, fibre, starch, cholesterol, trans fats);</li>
 * <li>the first {@code table.bju_tbl}, {@code table.vitamins_tbl} and {@code table.minerals_tbl}: each
 * {@code tr.js__msr_cc} row named by the link in its {@code td.tbl-name}.</li>
 * </ol>
 * A measure's value is its {@code data-fa} JSON's {@code msr.val} (null for {@code ""}, the site's "н/д"),
 * its unit {@code msr.unit} or {@code msr.unitRu}; without {@code data-fa}, the number shown (a decimal comma,
 * spaces between thousands, "н/д" for none). The summary sentence's numbers and the daily-norm table are not
 * nutrients. A slug given twice with different values, or a value that is not a number, fails the page.
 * This class reads the profile from a DOM (the reference); {@link ProfileReader} reads the same from bytes.
 */
final class NutrientProfile {

    static final String ENERGY = "energy";
    static final String[] TABLES = {"bju_tbl", "vitamins_tbl", "minerals_tbl"};
    private static final Evaluator[] TABLE_QUERIES = Arrays.stream(TABLES).map(kind -> QueryParser.parse("table." + kind))
            .toArray(Evaluator[]::new);
    static final String LINK_PATH = "/nutrients/";
    private static final Evaluator CALORIES = QueryParser.parse("span.him_bx__legend_calories");
    private static final Evaluator MEASURE = QueryParser.parse(".js__msr_cc");
    private static final Evaluator MARK = QueryParser.parse("span.him_bx__legend_mark");
    private static final Evaluator ENDLINE = QueryParser.parse("p.pr__ind_endline");
    private static final Evaluator ROW = QueryParser.parse("tr.js__msr_cc");
    private static final Evaluator NAME_LINK = QueryParser.parse("td.tbl-name a[href]");
    private static final Evaluator VALUE_CELL = QueryParser.parse("td.tbl-value");

    private final Map<String, Nutrient> bySlug = new LinkedHashMap<>();

    /** Adds one nutrient; the same slug again must have the same value. */
    void add(String slug, String val, String unit) throws ExtractionException {
        Double value = number(slug, val);
        Nutrient earlier = bySlug.putIfAbsent(slug, new Nutrient(slug, value, unit));
        if (earlier != null && !Objects.equals(earlier.value(), value)) {
            throw new ExtractionException("nutrient " + slug + " is given twice with different values: " + shown(earlier.value())
                    + " and " + shown(value));
        }
    }

    /** Adds a measure from its {@code data-fa} attribute's JSON. */
    void addMeasure(String slug, String json) throws ExtractionException {
        addMeasure(slug, DataFa.parse(json));
    }

    /** Adds a measure read from a {@code data-fa}; null: the attribute is not valid JSON. */
    void addMeasure(String slug, DataFa measure) throws ExtractionException {
        if (measure == null) {
            throw new ExtractionException("nutrient " + slug + ": its data-fa is not valid JSON");
        }
        add(slug, measure.val() == null ? "" : measure.val(), measure.unit());
    }

    /** Adds a measure from the number a page shows: "0,39 г", "1 094,0 мкг", "н/д". */
    void addShown(String slug, String text) throws ExtractionException {
        String shown = Whitespace.normalize(text);
        if (shown.isEmpty() || shown.equals("н/д")) {
            add(slug, "", null);
            return;
        }
        int end = 0;
        StringBuilder number = new StringBuilder();
        while (end < shown.length()) {
            char c = shown.charAt(end);
            if (c >= '0' && c <= '9') {
                number.append(c);
            } else if (c == ',') {
                number.append('.');
            } else if (c != ' ' || end + 1 >= shown.length() || !Character.isDigit(shown.charAt(end + 1))) {
                break; // a space between groups of digits is part of the number; before the unit it is not
            }
            end++;
        }
        String unit = shown.substring(end).strip();
        if (unit.endsWith(".") || unit.endsWith(",")) {
            unit = unit.substring(0, unit.length() - 1);
        }
        if (number.isEmpty() || !unit.codePoints().allMatch(c -> Character.isLetter(c) || c == '%')) {
            throw new ExtractionException("nutrient " + slug + ": '" + shown + "' is not a number");
        }
        add(slug, number.toString(), unit.isEmpty() ? null : unit);
    }

    List<Nutrient> nutrients() {
        return new ArrayList<>(bySlug.values());
    }

    /** {@code val} as a number: null for "" (no value), else a decimal number or the page fails. */
    private static Double number(String slug, String val) throws ExtractionException {
        if (val.isEmpty()) {
            return null;
        }
        if (!isDecimal(val)) {
            throw new ExtractionException("nutrient " + slug + ": value '" + val + "' is not a number");
        }
        double plain = plainDecimal(val);
        return plain >= 0 ? plain : Double.parseDouble(val);
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15};

    /**
     * A decimal "digits(.digits)?" of at most 15 digits, or -1 for any other (left to Double.parseDouble). Exact:
     * both the digits as an integer and the power of ten are doubles exactly, so the one division rounds correctly
     * (as parseDouble does); and about five times faster under C1, for the forty values of every page.
     */
    static double plainDecimal(String s) {
        long digits = 0;
        int count = 0;
        int point = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                if (++count > 15) {
                    return -1;
                }
            } else if (c == '.' && point < 0) {
                point = count;
            } else {
                return -1;
            }
        }
        return count == 0 ? -1 : point < 0 ? digits : digits / POWERS_OF_TEN[count - point];
    }

    /** A decimal number as JSON writes one: -?digits(.digits)?(e±digits)?. */
    private static boolean isDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == s.length();
    }

    private static String shown(Double value) {
        return value == null ? "none" : value.toString();
    }

    /** The slug of a {@code /nutrients/SLUG} link, or null when {@code href} is not one. */
    static String slugOf(String href) {
        int at = href.indexOf(LINK_PATH);
        if (at < 0) {
            return null;
        }
        int end = href.length();
        for (int i = at + LINK_PATH.length(); i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String slug = href.substring(at + LINK_PATH.length(), end);
        return slug.isEmpty() ? null : slug;
    }

    /** The slug of a legend mark's class ("him_bx__legend_mark pr__fat" gives "fat"), or null. */
    static String markSlug(String classes) {
        int i = 0;
        int n = classes.length();
        while (i < n) {
            while (i < n && isClassSpace(classes.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isClassSpace(classes.charAt(i))) {
                i++;
            }
            if (i - start > 4 && classes.startsWith("pr__", start) && (i - start != 6 || !classes.startsWith("pr__fl", start))) {
                return classes.substring(start + 4, i);
            }
        }
        return null;
    }

    /** The HTML tokenizer's white space, which separates class names. */
    static boolean isClassSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** The profile as the DOM has it: {@code block} is {@code div#him_bx}, {@code legend} its items in order. */
    static List<Nutrient> fromDocument(Document doc, Element block, List<Element> legendSpans, List<LegendItem> legend)
            throws ExtractionException {
        NutrientProfile profile = new NutrientProfile();
        Element calories = block.selectFirst(CALORIES);
        if (calories != null) {
            Element measure = calories.selectFirst(MEASURE);
            if (measure != null) {
                profile.addElement(ENERGY, measure);
            }
        }
        for (int i = 0; i < legendSpans.size(); i++) {
            Element span = legendSpans.get(i);
            Element mark = span.selectFirst(MARK);
            String slug = mark == null ? null : markSlug(mark.className());
            if (slug == null) {
                continue;
            }
            Element measure = span.selectFirst(MEASURE);
            if (measure != null && measure.hasAttr("data-fa")) {
                profile.addMeasure(slug, measure.attr("data-fa"));
            } else {
                LegendItem item = legend.get(i);
                profile.add(slug, Double.toString(item.value()), item.unit());
            }
        }
        // The paragraph and the tables in page order.
        List<Element> rest = new ArrayList<>();
        Element endline = doc.selectFirst(ENDLINE);
        if (endline != null) {
            rest.add(endline);
        }
        for (Evaluator query : TABLE_QUERIES) {
            Element table = doc.selectFirst(query);
            if (table != null && !rest.contains(table)) {
                rest.add(table); // a table of two kinds is read once
            }
        }
        rest.sort((a, b) -> Integer.compare(a.sourceRange().startPos(), b.sourceRange().startPos()));
        for (Element part : rest) {
            if (part == endline) {
                profile.addParagraph(endline);
            } else {
                profile.addTable(part);
            }
        }
        return profile.nutrients();
    }

    /** Each {@code /nutrients/SLUG} link of the paragraph names the next measure. */
    private void addParagraph(Element endline) throws ExtractionException {
        String pending = null;
        for (Element e : endline.getAllElements()) {
            if (e.nameIs("a") && e.hasAttr("href") && slugOf(e.attr("href")) != null) {
                pending = slugOf(e.attr("href"));
            } else if (e.hasClass("js__msr_cc") && pending != null) {
                addElement(pending, e);
                pending = null;
            }
        }
    }

    /** One nutrient per {@code tr.js__msr_cc} row, named by the link in its {@code td.tbl-name}. */
    private void addTable(Element table) throws ExtractionException {
        for (Element row : table.select(ROW)) {
            if (row.closest("table") != table) {
                continue; // a row of a table inside this one
            }
            Element link = row.selectFirst(NAME_LINK);
            String slug = link == null ? null : slugOf(link.attr("href"));
            if (slug == null) {
                continue;
            }
            if (row.hasAttr("data-fa")) {
                addMeasure(slug, row.attr("data-fa"));
            } else {
                Element cell = row.selectFirst(VALUE_CELL);
                addShown(slug, cell == null ? "" : cell.text());
            }
        }
    }

    private void addElement(String slug, Element measure) throws ExtractionException {
        if (measure.hasAttr("data-fa")) {
            addMeasure(slug, measure.attr("data-fa"));
        } else {
            addShown(slug, measure.text());
        }
    }

}
