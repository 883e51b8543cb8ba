package io.nutriscan.model;

import java.util.List;

/** What one page yielded: its legend, or the reason it could not be read. */
public sealed interface PageResult {

    /** The page's nutrient legend in page order; {@code product} is the page's h1, or null. */
    record Legend(String product, List<LegendItem> items) implements PageResult {
        public Legend {
            items = List.copyOf(items);
        }
    }

    /** The page gave no values; {@code reason} says why in words a user can act on. */
    record Failure(String reason) implements PageResult {
    }

    default boolean ok() {
        return this instanceof Legend;
    }
}
