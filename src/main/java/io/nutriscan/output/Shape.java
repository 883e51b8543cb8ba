package io.nutriscan.output;

import java.util.Locale;

/** What each JSON record holds. */
public enum Shape {
    /** Source, product, values and units, or source and error: one record per input. */
    FULL,
    /** Only the values object of each page that gave values, as the original notebook wrote them. */
    SEED;

    public static Shape parse(String text) {
        for (Shape shape : values()) {
            if (shape.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return shape;
            }
        }
        throw new IllegalArgumentException("unknown shape '" + text + "' (expected full or seed)");
    }
}
