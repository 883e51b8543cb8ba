package io.nutriscan.extract.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the tokenizer reads at a '<', as the HTML standard's tokenizer does, and what it leaves to a parser. */
class TokenizerTest {

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStartTagAndAnEndTagGiveTheirNames() {
        byte[] page = bytes("<DIV id=x></span >");
        Tokenizer tokens = new Tokenizer(page);
        assertEquals(Tokenizer.TAG, tokens.at(0, page.length));
        assertFalse(tokens.close);
        assertEquals("DIV", new String(page, tokens.nameStart, tokens.nameEnd - tokens.nameStart, StandardCharsets.US_ASCII));
        assertEquals(Tokenizer.TAG, tokens.at(10, page.length));
        assertTrue(tokens.close);
        assertEquals("span", new String(page, tokens.nameStart, tokens.nameEnd - tokens.nameStart, StandardCharsets.US_ASCII));
    }

    @Test
    void aLessThanSignBeforeWhatIsNoNameIsText() {
        byte[] page = bytes("a < b <3");
        Tokenizer tokens = new Tokenizer(page);
        assertEquals(Tokenizer.TEXT, tokens.at(2, page.length));
        assertEquals(3, tokens.end);
        assertEquals(Tokenizer.TEXT, tokens.at(6, page.length));
    }

    @Test
    void commentsDoctypesBogusCommentsAndEmptyEndTagsAreSteppedOver() {
        String[] skipped = {"<!-- a -->", "<!-->", "<!--->", "<!-- a --!>", "<!DOCTYPE html>", "<?php echo 1 ?>", "</>",
                "</ x>", "<!x>"};
        for (String markup : skipped) {
            byte[] page = bytes(markup + "after");
            Tokenizer tokens = new Tokenizer(page);
            assertEquals(Tokenizer.SKIPPED, tokens.at(0, page.length), markup);
            assertEquals(markup.length(), tokens.end, markup);
        }
    }

    @Test
    void whatTheLimitCutsShortIsAtTheEndAndCdataIsLeftToAParser() {
        for (String cut : new String[] {"<", "</", "<!-- never closed", "</ x", "<!DOCTYPE"}) {
            byte[] page = bytes(cut);
            assertEquals(Tokenizer.AT_END, new Tokenizer(page).at(0, page.length), cut);
        }
        byte[] cdata = bytes("<![CDATA[ y ]]>");
        assertEquals(Tokenizer.UNSURE, new Tokenizer(cdata).at(0, cdata.length));
    }

    @Test
    void declarationsEndWhereTheStandardSaysAndCdataIsUnsure() {
        byte[] page = bytes("<!-- x --><!DOCTYPE html><![CDATA[ y ]]>");
        assertEquals(10, Tokenizer.skipDeclaration(page, 0, page.length));
        assertEquals(25, Tokenizer.skipDeclaration(page, 10, page.length));
        assertEquals(Tokenizer.UNSURE_POS, Tokenizer.skipDeclaration(page, 25, page.length));
        byte[] open = bytes("<!-- never closed");
        assertEquals(-1, Tokenizer.skipDeclaration(open, 0, open.length));
    }

    @Test
    void rawTextEndsAtItsOwnEndTagInAnyCase() {
        byte[] page = bytes("<style>a</b> </STYLE >x");
        assertEquals(13, Tokenizer.rawTextClose(page, "style", 7, page.length));
        byte[] script = bytes("<script><!-- </script>");
        assertEquals(Tokenizer.UNSURE_POS, Tokenizer.rawTextClose(script, "script", 8, script.length),
                "script data with a comment opener has escape states only a parser follows");
        byte[] open = bytes("<title>never closed");
        assertEquals(-1, Tokenizer.rawTextClose(open, "title", 7, open.length));
    }
}
