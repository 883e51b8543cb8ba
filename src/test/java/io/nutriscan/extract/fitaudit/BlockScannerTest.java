package io.nutriscan.extract.fitaudit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the byte-level scanner finds div#him_bx and the first h1, and what it leaves to a parser. */
class BlockScannerTest {

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theBlockAndTheFirstH1AreFoundWhereTheyAre() {
        String head = "<!DOCTYPE html><html><head><title>Абрикос</title></head><body><h1>Абрикос</h1><!-- a comment --><p>intro</p>";
        String block = "<div id=\"him_bx\"><span class=\"him_bx__legend pr__fl\">жиры — 0,39 г,</span></div>";
        byte[] page = bytes(head + block + "<p>after</p></body></html>");
        BlockScanner.Scan scan = BlockScanner.scan(page);
        assertTrue(scan.found());
        assertFalse(scan.truncated());
        assertTrue(scan.hasH1());
        int start = head.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(start, scan.blockStart());
        assertEquals(start + block.getBytes(StandardCharsets.UTF_8).length, scan.blockEnd());
        assertEquals("<h1>Абрикос</h1>", new String(page, scan.h1Start(), scan.h1End() - scan.h1Start(), StandardCharsets.UTF_8));
        assertFalse(scan.paragraphBefore(), "a plain <p> is not the nutrient paragraph");
        String withParagraph = head + "<p class=\"pr__ind_endline\">в 100 г</p>" + block;
        assertTrue(BlockScanner.scan(bytes(withParagraph)).paragraphBefore());
    }

    @Test
    void aBlockCutShortIsTruncatedAndAPageWithoutOneIsNotFound() {
        BlockScanner.Scan cut = BlockScanner.scan(bytes("<html><body><h1>X</h1><div id=\"him_bx\"><span>жиры — 1 г,"));
        assertTrue(cut.found());
        assertTrue(cut.truncated());
        BlockScanner.Scan none = BlockScanner.scan(bytes("<html><body><h1>X</h1><div id=\"other\"></div></body></html>"));
        assertFalse(none.found());
    }

    @Test
    void aCommentOrAScriptThatLooksLikeTheBlockIsNotTheBlock() {
        String page = "<html><body><!-- <div id=\"him_bx\">no</div> --><script>var s = '<div id=\"him_bx\">';</script>"
                + "<h1>X</h1><div id=\"him_bx\">yes</div></body></html>";
        BlockScanner.Scan scan = BlockScanner.scan(bytes(page));
        assertTrue(scan.found());
        assertEquals(page.lastIndexOf("<div id=\"him_bx\">"), scan.blockStart());
    }
}
