package io.nutriscan.extract.fitaudit;

import io.nutriscan.corpus.GeneratedPage;
import io.nutriscan.corpus.PageGenerator;
import io.nutriscan.model.Nutrient;
import io.nutriscan.model.PageResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the nutrient profile ({@link NutrientProfile}), each on pages in the site's markup, by both paths. */
class NutrientProfileTest {

    private static final PageExtractor PROFILE = new PageExtractor(null, true);

    private static GeneratedPage page(int index) {
        return new PageGenerator("rules").page(index, 60_000, null, false);
    }

    private static String html(int index) {
        return new String(page(index).bytes(), StandardCharsets.UTF_8);
    }

    /** What both paths read from {@code html}: they must agree. */
    private static PageResult read(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        PageResult fast = PROFILE.extract(bytes);
        assertEquals(ExtractionPaths.fullParse(bytes, true), fast);
        return fast;
    }

    private static Map<String, Nutrient> profile(String html) {
        PageResult.Legend legend = assertInstanceOf(PageResult.Legend.class, read(html));
        Map<String, Nutrient> bySlug = new LinkedHashMap<>();
        for (Nutrient n : legend.nutrients()) {
            bySlug.put(n.slug(), n);
        }
        return bySlug;
    }

    private static String error(String html) {
        return assertInstanceOf(PageResult.Failure.class, read(html)).reason();
    }

    @Test
    void everyNutrientOfThePageInPageOrderWithItsUnit() {
        for (int i = 0; i < 20; i++) {
            GeneratedPage page = page(i);
            Map<String, Nutrient> read = profile(new String(page.bytes(), StandardCharsets.UTF_8));
            assertEquals(List.copyOf(page.nutrients().keySet()), List.copyOf(read.keySet()), "page " + i);
            page.nutrients().forEach((slug, value) -> assertEquals(value, read.get(slug).value(), slug));
            page.nutrientUnits().forEach((slug, unit) -> assertEquals(unit, read.get(slug).unit(), slug));
            assertEquals("energy", read.keySet().iterator().next(), "the calorie line first, not the summary sentence's numbers");
        }
    }

    @Test
    void anEmptyValIsNoValueNotAnErrorNorAZero() {
        String html = setVal(html(1), "starch", "");
        Nutrient starch = profile(html).get("starch");
        assertNull(starch.value());
        assertEquals("г", starch.unit());
    }

    @Test
    void withoutDataFaTheNumberShownCounts() {
        String html = html(2);
        // The calorie line: "N кКал".
        Matcher calories = Pattern.compile("(/nutrients/energy\">Калорийность</a>\\s*\\S+ <span class=\"js__msr_cc\") data-fa='[^']*'>(\\d+) кКал")
                .matcher(html);
        assertTrue(calories.find());
        String energy = calories.group(2);
        html = calories.replaceFirst("$1>$2 кКал");
        // A table row: its tbl-value cell, "1 094,0 мкг"-style.
        html = html.replaceFirst("(<tr class=\"js__msr_cc\")\\s*data-fa='[^']*'(>\\s*<td class=\"tbl-name[^\"]*\">\\s*<a href=\"[^\"]*/nutrients/vitamin_a\">"
                + "[^<]*</a>\\s*</td>\\s*<td class=\"tbl-value[^\"]*\">)\\s*[^<]*<", "$1$2 1 094,5 мкг <");
        Map<String, Nutrient> read = profile(html);
        assertEquals(Double.valueOf(energy), read.get("energy").value());
        assertEquals("кКал", read.get("energy").unit());
        assertEquals(1094.5, read.get("vitamin_a").value());
        assertEquals("мкг", read.get("vitamin_a").unit());
    }

    @Test
    void aSlugGivenTwiceWithDifferentValuesFailsThePage() {
        String html = setVal(html(3), "protein", "123.4", true);
        assertTrue(error(html).startsWith("nutrient protein is given twice with different values: "), error(html));
    }

    @Test
    void aValThatIsNotANumberFailsThePage() {
        assertEquals("nutrient vitamin_c: value 'abc' is not a number", error(setVal(html(4), "vitamin_c", "abc", true)));
        String broken = html(5).replaceFirst("(data-fa='\\{\"msr\":\\{\\s*\"val\":\"[^\"]*\")(,\\s*\"dnorm\")", "$1,,$2");
        assertTrue(error(broken).endsWith(": its data-fa is not valid JSON"), error(broken));
    }

    @Test
    void otherTablesAndTheSentencesNumbersAreNotNutrients() {
        String html = html(6);
        String norms = "<table class=\"tbl pr__tbrick\"><tbody><tr class=\"js__msr_cc\" data-fa='{\"msr\":{\"val\":\"9\",\"unitRu\":\"г\"}}'>"
                + "<td class=\"tbl-name\"><a href=\"https://fitaudit.ru/nutrients/norm_x\">Норма</a></td></tr></tbody></table>";
        int end = html.indexOf("</table>", html.indexOf("minerals_tbl")) + 8;
        Map<String, Nutrient> read = profile(html.substring(0, end) + norms + html.substring(end));
        assertEquals(false, read.containsKey("norm_x"));
    }

    /** The page with the val of {@code slug}'s data-fa (its table row, or its first statement) set to {@code val}. */
    private static String setVal(String html, String slug, String val) {
        return setVal(html, slug, val, false);
    }

    /** {@code tableRow}: the row of a table (whose data-fa comes before its link), else the first statement after the block. */
    private static String setVal(String html, String slug, String val, boolean tableRow) {
        int from = tableRow ? html.indexOf("bju_tbl") : html.indexOf("id=\"him_bx\"");
        int link = html.indexOf("/nutrients/" + slug + "\"", from);
        assertTrue(link > 0, slug);
        int fa = tableRow ? html.lastIndexOf("data-fa='", link) : html.indexOf("data-fa='", link);
        int valAt = html.indexOf("\"val\":\"", fa) + 7;
        int valEnd = html.indexOf('"', valAt);
        return html.substring(0, valAt) + val + html.substring(valEnd);
    }

    /**
     * The fast number reading both paths share, against an independent oracle: BigDecimal's correctly
     * rounded conversion, for every length up to 15 digits and every place of the point.
     */
    @Test
    void plainDecimalIsWhatBigDecimalRoundsTo() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        for (int n = 0; n < 200_000; n++) {
            int digits = 1 + rng.nextInt(15);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < digits; k++) {
                s.append((char) ('0' + rng.nextInt(10)));
            }
            if (rng.nextInt(4) > 0) {
                s.insert(rng.nextInt(digits + 1), '.');
            }
            if (s.charAt(s.length() - 1) == '.') {
                s.append('0'); // "5." is not a JSON number; the caller refuses it first
            }
            String text = s.toString();
            if (text.replace(".", "").length() > 15) {
                continue;
            }
            assertEquals(new java.math.BigDecimal(text).doubleValue(), NutrientProfile.plainDecimal(text), 0.0, text);
        }
        assertEquals(0.94, NutrientProfile.plainDecimal("0.94"), 0.0);
        assertEquals(1094.0, NutrientProfile.plainDecimal("1094"), 0.0);
        assertEquals(0.1, NutrientProfile.plainDecimal("0.1"), 0.0);
        assertEquals(0.3, NutrientProfile.plainDecimal(".3"), 0.0);
    }

    /** What it does not read is left to Double.parseDouble (-1), never read wrong. */
    @Test
    void plainDecimalLeavesEverythingElseToTheFullParse() {
        for (String other : new String[] {"", ".", "1.2.3", "-1", "+1", "1e5", "1E-3", "0,5", "1 000", "NaN", "Infinity", "0x1A",
            "1234567890123456", "0.1234567890123456", "１"}) {
            assertEquals(-1.0, NutrientProfile.plainDecimal(other), 0.0, other);
        }
    }
}
