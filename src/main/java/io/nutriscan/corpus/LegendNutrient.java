package io.nutriscan.corpus;

/**
 * A legend nutrient as the site prints it: lower-case name, legend mark class, link slug (null: the name
 * is plain text), value range, chance to appear. The site's legend is the first five, always, in this
 * order; the others are variations the extractor must read as well (multi-word names, other items).
 */
record LegendNutrient(String name, String mark, String slug, int max, double presence) {

    static final LegendNutrient[] SITE_ORDER = {
        new LegendNutrient("жиры", "pr__fat", null, 100, 1),
        new LegendNutrient("белки", "pr__protein", null, 90, 1),
        new LegendNutrient("углеводы", "pr__carbohydrate", null, 100, 1),
        new LegendNutrient("вода", "pr__water", "water", 100, 1),
        new LegendNutrient("зола", "pr__ash", "ash", 12, 1),
    };

    static final LegendNutrient[] VARIATIONS = {
        new LegendNutrient("пищевые волокна", "pr__fiber", "fiber", 30, 0.5),
        new LegendNutrient("алкоголь", "pr__alcohol", "alcohol", 40, 0.5),
    };

    /** The output key: first letter upper-cased, the rest as printed. */
    String key() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The slug of the nutrient profile: the mark class without its prefix. */
    String markSlug() {
        return mark.substring("pr__".length());
    }
}
