package io.nutriscan.extract.fitaudit;

import io.nutriscan.corpus.GeneratedPage;
import io.nutriscan.corpus.PageGenerator;
import io.nutriscan.extract.ExtractionException;
import io.nutriscan.extract.html.TagAttributes;
import io.nutriscan.extract.html.Utf8;
import io.nutriscan.model.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast path must give exactly what the full parse gives, on every page: generated pages good and
 * broken, the fixture pages, pages cut at every kind of place, and pages with hostile markup spliced in.
 * So must a page read only in part ({@link PageExtractor#extractFromPrefix}): its first bytes either
 * settle it with the whole page's answer or say that they cannot.
 */
@Execution(ExecutionMode.CONCURRENT)
class FastPathDifferentialTest {

    private static final PageExtractor FAST = new PageExtractor();

    // The share of each test's pages the fast path settles by itself (measured, then set a little below).
    private static final double EXPECTED_CUT = 0.93; // 2,303 of 2,400
    private static final double EXPECTED_CUT_IN_BLOCK = 0.9; // 12,538 of 13,363
    private static final double EXPECTED_HOSTILE = 0.78; // 250 of 300
    private static final double EXPECTED_WITHOUT_BLOCK = 0.68; // 146 of 200
    private static final double EXPECTED_HOSTILE_IN_ITEMS = 0.92; // 569 of 600
    private static final double EXPECTED_HOSTILE_IN_PROFILE = 0.48; // 209 of 400
    private static final double EXPECTED_HOSTILE_IN_ROWS = 0.55; // 584 of 1,000

    /**
     * Asserts that the fast path gives the full parse's record; says whether the fast path settled the page by
     * itself, so that a test can show it compared the two paths and not the full parse with itself.
     */
    private static boolean assertSame(byte[] page, String what) {
        PageResult full = ExtractionPaths.fullParse(page);
        PageResult fast = FAST.extract(page);
        assertEquals(full, fast, what);
        for (int length : prefixLengths(page)) {
            PageResult settled = FAST.extractFromPrefix(Arrays.copyOf(page, length));
            if (settled != null) {
                assertEquals(full, settled, what + "\nread up to byte " + length);
            }
        }
        return ExtractionPaths.fastPathDecides(page);
    }

    /** At least {@code atLeast} of {@code total} pages settled by the fast path: fewer means a test compared little. */
    private static void assertDecided(int decided, int total, double atLeast, String what) {
        System.out.printf("%s: the fast path settled %d of %d%n", what, decided, total);
        assertTrue(decided >= atLeast * total, what + ": the fast path settled only " + decided + " of " + total
                + " pages (expected at least " + Math.round(atLeast * 100) + " %); the rest compared the full parse with itself");
    }

    /** Lengths around where the block and the h1 end, where a prefix starts to settle a page, and a few others. */
    private static int[] prefixLengths(byte[] page) {
        String text = new String(page, StandardCharsets.ISO_8859_1);
        int h1 = text.indexOf("</h1>");
        int block = text.indexOf("pr__ind_endline");
        return IntStream.of(h1, h1 + 5, block - 40, block, block + 1, page.length / 3, page.length / 2, page.length - 1)
                .filter(n -> n > 0 && n < page.length).toArray();
    }

    private static GeneratedPage page(String seed, int index, PageGenerator.BadKind bad) {
        return new PageGenerator(seed).page(index, 6_000 + index * 37 % 20_000, bad, index % 2 == 0);
    }

    @Test
    void generatedPagesGoodAndBroken() {
        int decided = 0;
        int total = 0;
        for (String seed : new String[] {"a", "b", "c"}) {
            for (int i = 0; i < 400; i++) {
                PageGenerator.BadKind bad = i % 10 == 0 ? PageGenerator.BadKind.values()[i / 10 % 4] : null;
                byte[] bytes = page(seed, i, bad).bytes();
                assertSame(bytes, seed + "/" + i);
                if (Utf8.isValid(bytes)) { // a page cut inside a character is left to the full decoder
                    total++;
                    decided += ExtractionPaths.fastPathDecides(bytes) ? 1 : 0;
                }
            }
        }
        assertEquals(total, decided, "the fast path settles every generated page by itself");
    }

    @Test
    void pagesCutAnywhere() {
        SplittableRandom rng = new SplittableRandom(11);
        int decided = 0;
        int total = 0;
        for (int p = 0; p < 40; p++) {
            byte[] bytes = page("cut", p, null).bytes();
            for (int k = 0; k < 60; k++) {
                int cut = rng.nextInt(bytes.length);
                decided += assertSame(Arrays.copyOf(bytes, cut), "page " + p + " cut at " + cut) ? 1 : 0;
                total++;
            }
        }
        assertDecided(decided, total, EXPECTED_CUT, "pages cut anywhere");
        // Through one block, the region where cuts change the answer.
        byte[] bytes = page("cut", 1, null).bytes();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int from = text.indexOf("him_bx") - 10;
        // Regression test for "the range ended at a marker the real markup does not have, so no cut was tried".
        int to = text.lastIndexOf("</div>", text.indexOf("pr__ind_endline", from)) + 40;
        assertTrue(to - from > 2000, "the block spans " + (to - from) + " bytes");
        decided = 0;
        total = 0;
        for (int cut = from; cut < to; cut += 3) { // every third byte: one full parse each
            decided += assertSame(Arrays.copyOf(bytes, cut), "cut at " + cut) ? 1 : 0;
            total++;
        }
        assertDecided(decided, total, EXPECTED_CUT_IN_BLOCK, "one block cut at every third byte");
    }

    private static final String[] HOSTILE = {"<table>", "</table>", "<td>", "<!--", "-->", "</div>", "<div>", "<svg>", "</svg>",
        "<svg><div>", "<b>", "</b>", "<a href=x>", "</a>", "<li>", "<ul><li>", "<dd>", "<button>", "<form>", "<script>",
        "</script>", "<script><!--", "<style>", "<textarea>", "<title>", "<![CDATA[", "]]>", "</body>", "</html>", "<body>",
        "<h1>", "</h1>", "<h2>", "<h1 class=x>Другое</h1>", "&amp;", "&nbsp;", "<div id=him_bx>", "<DIV ID='him_bx'>",
        "<div id=\"him&#95;bx\">", "<div id=x id=him_bx>", "\u00a0", "<p>", "</p>", "<br>", "</br>", ">", "<", "\"", "'", "<!x>",
        "<?php ?>", "<!DOCTYPE html>", "<template>", "<noscript>", "<select>", "<math>", "<iframe>", "<xmp>", "<plaintext>",
        "<span class=\"him_bx__legend pr__fl\">жиры – 1 г</span>", "<span class='pr__fl him_bx__legend'>вода — 2,5 мг</span>",
        "<span class=\"him_bx__legend pr__fl\">NaN</span>", "\r\n", "\0", "<i><b></i></b>", "<nobr>", "</>", "</ x>", "<a/b>"};

    @Test
    void pagesWithHostileMarkupSplicedIn() {
        SplittableRandom rng = new SplittableRandom(29);
        int decided = 0;
        for (int p = 0; p < 300; p++) {
            byte[] bytes = page("hostile", p, null).bytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            int block = text.indexOf("him_bx");
            StringBuilder mutated = new StringBuilder(text);
            for (int k = 0, edits = 1 + rng.nextInt(4); k < edits; k++) {
                // Mostly near the block and the h1, where it matters.
                int around = rng.nextBoolean() ? block : text.indexOf("<h1");
                int at = Math.max(0, Math.min(mutated.length(), around - 300 + rng.nextInt(1200)));
                splice(mutated, at, HOSTILE[rng.nextInt(HOSTILE.length)]);
            }
            decided += assertSame(mutated.toString().getBytes(StandardCharsets.UTF_8), "page " + p + ":\n" + mutated) ? 1 : 0;
        }
        assertDecided(decided, 300, EXPECTED_HOSTILE, "hostile markup spliced in");
    }

    /**
     * A page without its block but with everything after it (tables, a select, svg icons) is settled by the
     * fast path too, and hostile markup anywhere in it, a block brought back inside a table included, changes
     * nothing in that agreement.
     */
    @Test
    void pagesWithoutTheBlockButWithTheRest() {
        SplittableRandom rng = new SplittableRandom(37);
        int decided = 0;
        for (int p = 0; p < 200; p++) {
            String text = new String(page("renamed", p, null).bytes(), StandardCharsets.UTF_8)
                    .replace("id=\"him_bx\"", "id=\"him_bx_archived\"");
            byte[] plain = text.getBytes(StandardCharsets.UTF_8);
            assertSame(plain, "page " + p);
            assertTrue(ExtractionPaths.fastPathDecides(plain), "page " + p + " is settled without the full parse");
            StringBuilder mutated = new StringBuilder(text);
            for (int k = 0, edits = 1 + rng.nextInt(4); k < edits; k++) {
                int at = rng.nextInt(mutated.length());
                splice(mutated, at, rng.nextInt(3) == 0 ? "<div id=him_bx><span class=\"him_bx__legend pr__fl\">жиры — 1 г</span></div>"
                        : HOSTILE[rng.nextInt(HOSTILE.length)]);
            }
            decided += assertSame(mutated.toString().getBytes(StandardCharsets.UTF_8), "page " + p + ":\n" + mutated) ? 1 : 0;
        }
        assertDecided(decided, 200, EXPECTED_WITHOUT_BLOCK, "pages without the block, hostile markup spliced in");
    }

    /** What may stand inside a legend item, where the fast path reads the text itself. */
    private static final String[] HOSTILE_IN_ITEMS = {"&amp;", "&amp", "&nbsp", "&nbsp;", "&#160;", "&#0;", "&#x80;", "&#128;",
        "&#xD800;", "&#1114112;", "&laquo;", "&notin;", "&", "&#;", "<span/>", "<span>", "</span>", "<a>", "</a>", "<a href=x>",
        "<br/>", "</br>", "<br>", "<!---->", "<!-->", "<!--->", "<!-- x --!>", "<?x>", "</ <span>", "\0", "\u0001", "<textarea>",
        "<title>", "<span class=pr__fl class=him_bx__legend>", "<SPAN CLASS=\"HIM_BX__LEGEND PR__FL\">",
        "<span class=\"him_bx__legend&#32;pr__fl\">", "<span class=\"him_bx__legend\tpr__fl\">", "<b>", "</b>", "<i><b></i></b>",
        "<p>", "</p>", "<div>", "</div>", "<img src=x>", "<wbr>", "<span class='him_bx__legend pr__fl'>", "<!DOCTYPE x>", "<![CDATA[x]]>",
        "<script>x</script>", "<style>x</style>", "<h1>", "</h1>", "<table>", "\r", "\u00a0", "—", " - ", ",", "."};

    @Test
    void legendItemsWithHostileMarkupSplicedIn() {
        SplittableRandom rng = new SplittableRandom(31);
        int decided = 0;
        for (int p = 0; p < 600; p++) {
            String text = new String(page("items", p, null).bytes(), StandardCharsets.UTF_8);
            List<Integer> items = positions(text, "him_bx__legend pr__fl");
            StringBuilder mutated = new StringBuilder(text);
            for (int k = 0, edits = 1 + rng.nextInt(3); k < edits; k++) {
                int around = items.get(rng.nextInt(items.size()));
                int at = Math.max(0, Math.min(mutated.length(), around - 40 + rng.nextInt(400)));
                splice(mutated, at, HOSTILE_IN_ITEMS[rng.nextInt(HOSTILE_IN_ITEMS.length)]);
            }
            decided += assertSame(mutated.toString().getBytes(StandardCharsets.UTF_8), "page " + p + ":\n" + mutated) ? 1 : 0;
        }
        assertDecided(decided, 600, EXPECTED_HOSTILE_IN_ITEMS, "hostile markup in legend items");
    }

    /** Inserts {@code piece} at {@code at}, moved back off the second half of a surrogate pair. */
    private static void splice(StringBuilder text, int at, String piece) {
        while (at > 0 && Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        text.insert(at, piece);
    }

    /** Every place {@code marker} starts in {@code text}. */
    private static List<Integer> positions(String text, String marker) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static final PageExtractor PROFILE = new PageExtractor(null, true);

    /** As {@link #assertSame}, with the nutrient profile read too, and prefixes cut around where it ends. */
    private static boolean assertSameProfile(byte[] page, String what) {
        PageResult full = ExtractionPaths.fullParse(page, true);
        assertEquals(full, PROFILE.extract(page), what);
        String text = new String(page, StandardCharsets.ISO_8859_1);
        int tables = text.indexOf("</table>", Math.max(0, text.indexOf("minerals_tbl")));
        int endline = text.indexOf("pr__ind_endline");
        for (int length : IntStream.of(tables, tables + 8, tables + 9, endline, page.length / 2, 65_536, page.length - 1)
                .filter(n -> n > 0 && n < page.length).toArray()) {
            PageResult settled = PROFILE.extractFromPrefix(Arrays.copyOf(page, length));
            if (settled != null) {
                assertEquals(full, settled, what + "\nread up to byte " + length);
            }
        }
        return ExtractionPaths.fastPathDecides(page, true);
    }

    @Test
    void theProfileOfGeneratedPagesGoodAndBroken() {
        int decided = 0;
        int total = 0;
        for (int i = 0; i < 300; i++) {
            PageGenerator.BadKind bad = i % 10 == 0 ? PageGenerator.BadKind.values()[i / 10 % 4] : null;
            byte[] bytes = page("profile", i, bad).bytes();
            assertSameProfile(bytes, "page " + i);
            if (Utf8.isValid(bytes)) {
                total++;
                decided += ExtractionPaths.fastPathDecides(bytes, true) ? 1 : 0;
            }
        }
        assertEquals(total, decided, "the fast path reads the profile of every generated page by itself");
    }

    /** What may stand in the profile's markup after the block, where the fast path reads it itself. */
    private static final String[] HOSTILE_IN_PROFILE = {"<!-- x -->", "<!-- </table> -->", "<!--", "<script>x</script>",
        "<script><!--</script>", "<style>p{}</style>", "<svg><use></use></svg>", "<svg><p>", "<table>", "</table>", "<tr>", "</tr>",
        "<td>", "</td>", "<td class=\"tbl-name\">", "<th>", "<tbody>", "<p>", "</p>", "<p class=\"pr__ind_endline\">", "<div>",
        "</div>", "<b>", "</b>", "<a>", "</a>", "<a href=\"/nutrients/x\">", "<a href=\"/nutrients/a&amp;b\">", "<span>", "</span>",
        "<span class=\"js__msr_cc\">5 г</span>", "<span class=\"js__msr_cc\" data-fa='{\"msr\":{\"val\":\"7\"}}'>",
        "<tr class=\"js__msr_cc\">", "<tr class=\"js__msr_cc\" data-fa='{\"msr\":{\"val\":\"x\"}}'>", "data-fa", "'", "\"",
        "<select>", "<template>", "<textarea>", "<br>", "<br/>", "<i><b></i></b>", "<table class=\"bju_tbl\">", "&amp;", "<",
        "<![CDATA[", "<math>", "<noscript>", "<h2>", "<form>", "<li>", "</body>", "<img src=x>"};

    @Test
    void theProfileWithHostileMarkupSplicedIn() {
        SplittableRandom rng = new SplittableRandom(41);
        int decided = 0;
        for (int p = 0; p < 400; p++) {
            String text = new String(page("hostile-profile", p, null).bytes(), StandardCharsets.UTF_8);
            int from = text.indexOf("him_bx__legend_calories");
            int to = text.indexOf("</table>", text.indexOf("minerals_tbl")) + 8;
            StringBuilder mutated = new StringBuilder(text);
            for (int k = 0, edits = 1 + rng.nextInt(3); k < edits; k++) {
                int at = Math.min(mutated.length(), from + rng.nextInt(to - from));
                splice(mutated, at, HOSTILE_IN_PROFILE[rng.nextInt(HOSTILE_IN_PROFILE.length)]);
            }
            decided += assertSameProfile(mutated.toString().getBytes(StandardCharsets.UTF_8), "page " + p + ":\n" + mutated) ? 1 : 0;
        }
        assertDecided(decided, 400, EXPECTED_HOSTILE_IN_PROFILE, "hostile markup in the profile");
    }

    private static final String ROW = "<tr class=\"js__msr_cc\"";

    @Test
    void theSitesRowsAreReadInOnePass() throws ExtractionException {
        for (int p = 0; p < 4; p++) {
            byte[] page = page("rows", p, null).bytes();
            String text = new String(page, StandardCharsets.ISO_8859_1);
            List<Integer> rows = positions(text, ROW);
            for (int at : rows) {
                SiteRowReader reader = new SiteRowReader(page, StandardCharsets.UTF_8, new TagAttributes(page),
                        new NutrientProfile(), new ProfileValues(page, StandardCharsets.UTF_8));
                assertTrue(reader.read(at) >= 0, "page " + p + ", row at byte " + at);
            }
            assertTrue(rows.size() > 30, "rows: " + rows.size());
        }
    }

    @Test
    void aRowOfTheSitesShapeWithAReferenceInItsLinkIsLeftToTheParse() {
        String text = new String(page("rows", 1, null).bytes(), StandardCharsets.UTF_8);
        String referenced = text.replaceFirst("/nutrients/vitamin_a\"", "/nutrients/vitamin&#95;a\"");
        assertTrue(!referenced.equals(text));
        assertSameProfile(referenced.getBytes(StandardCharsets.UTF_8), "vitamin&#95;a");
    }

    /** What may stand inside a table row, where the site's own row markup is read in one pass. */
    private static final String[] HOSTILE_IN_ROW = {"\"", "'", ">", "<", " ", "/", "=", "\t", "<!---->", "<!-- </tr> -->",
        "<a href=\"/nutrients/y\">", "</a>", "<a>", "<td>", "</td>", "<td class=\"tbl-name\">", "<td class=\"a&amp;b\">", "<tr>",
        "</tr>", "<span/>", "<SPAN>", "<span >", "</span>", "<br>", "<b>", "</b>", "&amp;", "x=\"1\"", "<script>x</script>",
        "<table>", "</table>", "<svg>", "<th>", "<td class=\"tbl-name\"><a href=\"/nutrients/z\">z</a></td>", "data-fa='{}'"};

    @Test
    void theSitesRowsWithHostileMarkupSplicedIn() {
        SplittableRandom rng = new SplittableRandom(43);
        int decided = 0;
        for (int p = 0; p < 1000; p++) {
            String text = new String(page("hostile-rows", p, null).bytes(), StandardCharsets.UTF_8);
            List<Integer> rows = positions(text, ROW);
            int start = rows.get(rng.nextInt(rows.size()));
            int end = text.indexOf("</tr>", start) + 5;
            List<Integer> tags = new ArrayList<>();
            for (int lt = start; lt >= 0 && lt < end; lt = text.indexOf('<', lt + 1)) {
                tags.add(lt);
            }
            StringBuilder mutated = new StringBuilder(text);
            // Into one row, most often into one of its tags, from the end backwards so that the positions drawn stay put.
            int[] at = IntStream.range(0, 1 + rng.nextInt(2)).map(k -> {
                if (rng.nextInt(4) == 0) {
                    return start + rng.nextInt(end - start + 1);
                }
                int lt = tags.get(rng.nextInt(tags.size()));
                return lt + rng.nextInt(text.indexOf('>', lt) - lt + 2);
            }).sorted().toArray();
            for (int k = at.length - 1; k >= 0; k--) {
                int i = at[k];
                splice(mutated, i, HOSTILE_IN_ROW[rng.nextInt(HOSTILE_IN_ROW.length)]);
            }
            decided += assertSameProfile(mutated.toString().getBytes(StandardCharsets.UTF_8),
                    "page " + p + ":\n" + mutated.substring(start, end + 60)) ? 1 : 0;
        }
        assertDecided(decided, 1000, EXPECTED_HOSTILE_IN_ROWS, "hostile markup in the tables' rows");
    }

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        return PageFixturesTest.pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixturePages(Path page) throws IOException {
        assertSame(Files.readAllBytes(page), page.toString());
    }

    /** The fixture pages the fast path leaves to the full parse, by name: any other it declines is a change. */
    private static final java.util.Set<String> FIXTURES_LEFT_TO_THE_PARSE = java.util.Set.of(
            "bad/truncated-in-utf8-sequence.html", // cut inside a character: the decoder's call
            "good/utf8-bom.html", // a byte-order mark: the decoder's call
            "good/pretty-printed.html", "good/unit-missing-and-sloppy-close.html"); // markup the byte reader does not vouch for

    @Test
    void theFastPathSettlesTheFixturePagesItShould() throws IOException, URISyntaxException {
        List<String> declined = new ArrayList<>();
        try (Stream<Path> pages = fixtures()) {
            for (Path page : pages.toList()) {
                if (!ExtractionPaths.fastPathDecides(Files.readAllBytes(page))) {
                    declined.add(page.getParent().getFileName() + "/" + page.getFileName());
                }
            }
        }
        System.out.println("fixtures left to the parse: " + declined);
        assertEquals(FIXTURES_LEFT_TO_THE_PARSE, java.util.Set.copyOf(declined));
    }

    @Test
    void theFirstBytesOfARealMarkupPageSettleIt() {
        byte[] page = page("usual", 5, null).bytes();
        String text = new String(page, StandardCharsets.ISO_8859_1);
        int blockEnd = text.indexOf("pr__ind_endline");
        assertEquals(ExtractionPaths.fullParse(page), FAST.extractFromPrefix(Arrays.copyOf(page, blockEnd)));
        assertEquals(null, FAST.extractFromPrefix(Arrays.copyOf(page, text.indexOf("pr__carbohydrate"))), "cut inside the block");
        assertEquals(null, FAST.extractFromPrefix(Arrays.copyOf(page, text.indexOf("<h1") + 10)), "cut inside the h1");
    }

    @Test
    void theFastPathReallyCarriesTheUsualPage() {
        assertTrue(ExtractionPaths.fastPathDecides(page("usual", 3, null).bytes()));
    }
}
