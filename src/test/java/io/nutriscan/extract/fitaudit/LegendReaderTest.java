package io.nutriscan.extract.fitaudit;

import io.nutriscan.corpus.PageGenerator;
import io.nutriscan.extract.html.CharacterReferences;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The byte-level reader itself; that it agrees with jsoup is {@link FastPathDifferentialTest}'s job. */
class LegendReaderTest {

    private static List<String> texts(String html) {
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        BlockScanner.Scan scan = BlockScanner.scan(page);
        return scan == BlockScanner.UNSURE ? null : LegendReader.itemTexts(page, StandardCharsets.UTF_8, scan);
    }

    private static String item(String inner) {
        return "<html><body><h1>x</h1><div id=\"him_bx\"><p><span class=\"him_bx__legend pr__fl\">" + inner + "</span></p></div></body></html>";
    }

    @Test
    void readsTheItemsOfRealMarkupItself() {
        for (int i = 0; i < 50; i++) {
            byte[] page = new PageGenerator("reader").page(i, 50_000, null, false).bytes();
            assertNotNull(LegendReader.itemTexts(page, StandardCharsets.UTF_8, BlockScanner.scan(page)), "page " + i);
        }
    }

    @Test
    void readsTextLinksBreaksCommentsAndReferences() {
        assertEquals(List.of("жиры — 0,39 г,"), texts(item("<span class=\"him_bx__legend_mark pr__fat\"></span>жиры — "
                + "<span class=\"js__msr_cc\" data-fa='{\"msr\":{\"val\":\"0.39\"}}'>0,39 г</span>,")));
        assertEquals(List.of("вода — 1 г."), texts(item("<a href=\"x\">вода</a> — 1 г.")));
        assertEquals(List.of("белки\u00a0— 16,5 \u00a0г"), texts(item("белки<!-- c -->&nbsp;&#8212;&#32;16,5<br>&#160;г")));
    }

    @Test
    void leavesToTheParserWhatItDoesNotRead() {
        assertNull(texts(item("жиры <b>—</b> 1 г")), "another element inside");
        assertNull(texts(item("жиры &notin; 1 г")), "a reference not in its table");
        assertNull(texts(item("жиры &amp 1 г")), "a reference without its semicolon");
        assertNull(texts(item("жиры <a>— <a>1</a> г</a>")), "a link inside a link");
        assertNull(texts(item("жиры <span class=\"pr__fl him_bx__legend\">— 1 г</span>")), "an item inside an item");
        assertNull(texts(item("жиры \0 — 1 г")), "a NUL, which the tree builder drops");
    }

    @Test
    void decodesOnlyOrdinaryNumericReferences() {
        assertEquals("\u00a0", CharacterReferences.decode("#160", 0, 4));
        assertEquals("A", CharacterReferences.decode("#x41", 0, 4));
        assertNull(CharacterReferences.decode("#128", 0, 4), "windows-1252 remapping is the parser's");
        assertNull(CharacterReferences.decode("#0", 0, 2));
        assertNull(CharacterReferences.decode("#xD800", 0, 6));
        assertNull(CharacterReferences.decode("#", 0, 1));
        assertNull(CharacterReferences.decode("#１２", 0, 3));
    }
}
