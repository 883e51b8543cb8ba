package io.nutriscan.corpus;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageGeneratorTest {

    @Test
    void theSameSeedAndIndexGiveTheSameBytes() {
        GeneratedPage a = new PageGenerator("s").page(42, 20_000, null, true);
        GeneratedPage b = new PageGenerator("s").page(42, 20_000, null, true);
        assertArrayEquals(a.bytes(), b.bytes());
        assertEquals(a.path(), b.path());
        assertFalse(java.util.Arrays.equals(a.bytes(), new PageGenerator("t").page(42, 20_000, null, true).bytes()));
    }

    @Test
    void pagesAreAboutTheSizeAskedFor() {
        int size = new PageGenerator("s").page(1, 80 * 1024, null, false).bytes().length;
        assertTrue(size > 60 * 1024 && size < 120 * 1024, "size " + size);
    }

    @Test
    void brokenPagesCarryTheirError() {
        PageGenerator g = new PageGenerator("s");
        assertEquals("empty file", g.page(1, 5000, PageGenerator.BadKind.EMPTY, false).error());
        GeneratedPage truncated = g.page(2, 5000, PageGenerator.BadKind.TRUNCATED, false);
        assertNull(truncated.values());
        assertFalse(new String(truncated.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("</html>"));
        assertTrue(g.page(3, 5000, PageGenerator.BadKind.NOT_A_NUMBER, false).error().startsWith("legend value is not a number: "));
        Map<String, Double> values = g.page(4, 5000, null, false).values();
        assertNotNull(values);
        assertTrue(values.size() >= 3 && values.size() <= 7, values.toString());
    }
}
