package io.nutriscan.model;

import java.util.List;

/** What one page yielded: its legend, or the reason it could not be read. */
public sealed interface PageResult {

    /**
     * The page's nutrient legend in page order; {@code product} is the page's h1, or null; {@code nutrients}
     * its whole nutrient profile in page order, or null when it was not asked for.
     */
    record Legend(String product, List<LegendItem> items, List<Nutrient> nutrients) implements PageResult {
        public Legend {
            items = List.copyOf(items);
            nutrients = nutrients == null ? null : List.copyOf(nutrients);
        }

        public Legend(String product, List<LegendItem> items) {
            this(product, items, null);
        }
    }

    /** The page gave no values; {@code reason} says why in words a user can act on. */
    record Failure(String reason) implements PageResult {
    }

    default boolean ok() {
        return this instanceof Legend;
    }
}
