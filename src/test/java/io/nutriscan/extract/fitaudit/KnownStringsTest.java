package io.nutriscan.extract.fitaudit;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class KnownStringsTest {

    private static String slug(String page, int from, int to) {
        return ProfileValues.SITE_SLUGS.of(page.getBytes(StandardCharsets.US_ASCII), from, to);
    }

    @Test
    void aKnownSlugIsTheConstantStringWhereverItStands() {
        String page = "/nutrients/vitamin_b12\"";
        assertSame("vitamin_b12", slug(page, 11, 22));
        assertSame("vitamin_b1", slug(page, 11, 21));
        assertSame("fat", slug("xfat", 1, 4));
    }

    @Test
    void anythingElseIsNotKnown() {
        assertNull(slug("vitamin_b13", 0, 11), "same length, one byte off");
        assertNull(slug("Vitamin_a", 0, 9), "case counts: the slug is read as it stands");
        assertNull(slug("fatty", 0, 5));
        assertNull(slug("fat", 0, 0), "empty");
        assertNull(slug("beta_carotene_and_more", 0, 22), "longer than any known slug");
    }

    @Test
    void stringsAreFoundByTheirBytesInTheCharsetGiven() {
        KnownStrings units = new KnownStrings(StandardCharsets.UTF_8, "г", "мг", "мкг");
        byte[] page = "0,5 мкг; 2 мг".getBytes(StandardCharsets.UTF_8);
        assertSame("мкг", units.of(page, 4, 10), "six bytes, three letters");
        assertSame("мг", units.of(page, 14, 18));
        assertSame("г", units.of(page, 16, 18), "the last letter alone");
        assertNull(units.of(page, 4, 8), "the first two letters of мкг");
        byte[] cp1251 = "мкг".getBytes(Charset.forName("windows-1251"));
        assertNull(units.of(cp1251, 0, cp1251.length), "the same letters in another charset");
    }
}
