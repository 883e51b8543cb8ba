package io.nutriscan.output;

/** What each JSON record holds. */
public enum Shape {
    /** Source, product, values and units, or source and error: one record per input. */
    FULL,
    /** Only the values object of each page that gave values, as the original notebook wrote them. */
    SEED
}
