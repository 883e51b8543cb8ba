package io.nutriscan.extract;

import java.nio.charset.StandardCharsets;

/**
 * The slugs fitaudit.ru names its nutrients by, as constant strings: a slug read from a page's bytes is one of
 * these on every page of the site, so a page makes no string for it and the profile's map finds its hash already
 * computed. Any other slug is read as it stands.
 */
final class KnownSlugs {

    private static final String[] SLUGS = {"energy", "fat", "protein", "carbohydrate", "water", "ash", "sugars", "fiber",
        "starch", "cholesterol", "fat_trans", "vitamin_a", "beta_carotene", "alpha_carotene", "vitamin_d", "vitamin_d2",
        "vitamin_d3", "vitamin_e", "vitamin_k", "vitamin_c", "vitamin_b1", "vitamin_b2", "vitamin_b3", "vitamin_b4",
        "vitamin_b5", "vitamin_b6", "vitamin_b9", "vitamin_b12", "calcium", "iron", "magnesium", "phosphorus", "potassium",
        "sodium", "zinc", "copper", "manganese", "selenium", "fluoride"};
    private static final byte[][] BYTES = new byte[SLUGS.length][];
    /** For each length, the first slug that long (-1: none); for each slug, the next as long. */
    private static final int[] FIRST_OF_LENGTH = new int[16];
    private static final int[] NEXT_OF_LENGTH = new int[SLUGS.length];

    static {
        java.util.Arrays.fill(FIRST_OF_LENGTH, -1);
        for (int k = SLUGS.length - 1; k >= 0; k--) {
            BYTES[k] = SLUGS[k].getBytes(StandardCharsets.US_ASCII);
            NEXT_OF_LENGTH[k] = FIRST_OF_LENGTH[BYTES[k].length];
            FIRST_OF_LENGTH[BYTES[k].length] = k;
        }
    }

    private KnownSlugs() {
    }

    /** The known slug that {@code page[from, to)} holds, or null. */
    static String of(byte[] page, int from, int to) {
        int length = to - from;
        if (length <= 0 || length >= FIRST_OF_LENGTH.length) {
            return null;
        }
        for (int k = FIRST_OF_LENGTH[length]; k >= 0; k = NEXT_OF_LENGTH[k]) {
            byte[] slug = BYTES[k];
            // From the end: the vitamins differ in their last bytes.
            int i = length - 1;
            while (i >= 0 && page[from + i] == slug[i]) {
                i--;
            }
            if (i < 0) {
                return SLUGS[k];
            }
        }
        return null;
    }
}
