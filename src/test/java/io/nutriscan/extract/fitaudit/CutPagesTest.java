package io.nutriscan.extract.fitaudit;

import io.nutriscan.model.PageResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page cut short says so, whichever path reads it. */
class CutPagesTest {

    private static final String HEAD = "<html><head><meta charset=\"utf-8\"></head><body><h1>Фенхель — химический состав</h1>";

    private static void assertBothPaths(String expected, String html) {
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        assertEquals(new PageResult.Failure(expected), new PageExtractor().extract(page), "the fast path");
        assertEquals(new PageResult.Failure(expected), ExtractionPaths.fullParse(page), "the full parse");
    }

    /** Regression test: a page cut inside the block's own start tag said "no div#him_bx block". */
    @Test
    void aPageCutInsideTheBlocksStartTagIsTruncated() {
        assertBothPaths("truncated: the file ends inside div#him_bx's start tag",
                HEAD + "<section>\n<div id=\"him_bx\" class=\"pr__brick pr__ind_c pr__brd");
        assertBothPaths("truncated: the file ends inside div#him_bx's start tag", HEAD + "<div class=\"pr__brick\" id=\"him_bx");
    }

    @Test
    void aPageCutInsideTheBlockIsTruncatedAndOneWithoutItHasNoBlock() {
        assertBothPaths("truncated: the file ends inside div#him_bx",
                HEAD + "<div id=\"him_bx\"><span class=\"him_bx__legend pr__fl\">жиры — 0,3");
        assertBothPaths("no div#him_bx block", HEAD + "<div id=\"other\"></div></body></html>");
        assertBothPaths("no div#him_bx block", HEAD + "<div class=\"pr__brick");
    }
}
