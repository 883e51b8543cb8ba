package io.nutriscan.output;

import io.nutriscan.model.Names;

/** What each JSON record holds. */
public enum Shape {
    /** Source, product, values and units, or source and error: one record per input. */
    FULL,
    /** Only the values object of each page that gave values, as the original notebook wrote them. */
    SEED;

    public static Shape parse(String text) {
        return Names.parse(Shape.class, "shape", text);
    }
}
