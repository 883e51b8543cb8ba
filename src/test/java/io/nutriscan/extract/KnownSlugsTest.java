package io.nutriscan.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class KnownSlugsTest {

    private static String of(String page, int from, int to) {
        return KnownSlugs.of(page.getBytes(StandardCharsets.US_ASCII), from, to);
    }

    @Test
    void aKnownSlugIsTheConstantStringWhereverItStands() {
        String page = "/nutrients/vitamin_b12\"";
        assertSame("vitamin_b12", of(page, 11, 22));
        assertSame("vitamin_b1", of(page, 11, 21));
        assertSame("fat", of("xfat", 1, 4));
    }

    @Test
    void anythingElseIsNotKnown() {
        assertNull(of("vitamin_b13", 0, 11), "same length, one byte off");
        assertNull(of("Vitamin_a", 0, 9), "case counts: the slug is read as it stands");
        assertNull(of("fatty", 0, 5));
        assertNull(of("fat", 0, 0), "empty");
        assertNull(of("beta_carotene_and_more", 0, 22), "longer than any known slug");
    }
}
