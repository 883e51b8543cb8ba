package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.html.Bytes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Attribute values as {@link ProfileReader} reads them from the bytes: a class's text, a link's nutrient slug; and
 * whether the last one held a character reference, which only a parser decodes ({@link #unreadable}).
 */
final class ProfileValues {

    private final byte[] page;
    private final Charset charset;
    /** The last attribute read held a character reference: only a parser decodes it. */
    boolean unreadable;

    ProfileValues(byte[] page, Charset charset) {
        this.page = page;
        this.charset = charset;
    }

    /** The slug of the href in {@code page[start, end)} ({@code start} -1: no href), as a link's href is read. */
    String slug(int start, int end) {
        if (!readableValue(start, end)) {
            return null;
        }
        int at = Bytes.indexOf(page, LINK_PATH, start, end);
        if (at < 0) {
            return null;
        }
        int from = at + LINK_PATH.length;
        int to = from;
        while (to < end && page[to] != '/' && page[to] != '?' && page[to] != '#') {
            to++;
        }
        if (to == from) {
            return null;
        }
        String known = SITE_SLUGS.of(page, from, to);
        return known != null ? known : new String(page, from, to - from, charset);
    }

    private static final byte[] LINK_PATH = Bytes.ascii(NutrientProfile.LINK_PATH);

    /** The slugs the site names its nutrients by: ASCII, so the same bytes in any charset a page is read in here. */
    static final KnownStrings SITE_SLUGS = new KnownStrings(StandardCharsets.US_ASCII, "energy", "fat", "protein",
        "carbohydrate", "water", "ash", "sugars", "fiber", "starch", "cholesterol", "fat_trans", "vitamin_a", "beta_carotene",
        "alpha_carotene", "vitamin_d", "vitamin_d2", "vitamin_d3", "vitamin_e", "vitamin_k", "vitamin_c", "vitamin_b1",
        "vitamin_b2", "vitamin_b3", "vitamin_b4", "vitamin_b5", "vitamin_b6", "vitamin_b9", "vitamin_b12", "calcium", "iron",
        "magnesium", "phosphorus", "potassium", "sodium", "zinc", "copper", "manganese", "selenium", "fluoride");
    /**
     * An attribute's value, or null when there is none ({@code start} -1), or when it holds a character reference
     * ({@link #unreadable} is set then).
     */
    String value(int start, int end) {
        return readableValue(start, end) ? new String(page, start, end - start, charset) : null;
    }

    /**
     * Whether there is a value {@code page[start, end)} ({@code start} -1: none) without a character reference;
     * sets {@link #unreadable} to whether it has one.
     */
    boolean readableValue(int start, int end) {
        unreadable = start >= 0 && Bytes.indexOf(page, (byte) '&', start, end) >= 0;
        return start >= 0 && !unreadable;
    }
}
