package io.nutriscan.corpus;

/**
 * A legend nutrient as the site prints it: lower-case name, legend mark class, link slug (null: the name
 * is plain text), value range, chance to appear. The site's legend is the first five, always, in this
 * order; the others are variations the extractor must read as well (multi-word names, other items).
 */
record Nutrient(String name, String mark, String slug, int max, double presence) {

    static final Nutrient[] SITE_ORDER = {
        new Nutrient("жиры", "pr__fat", null, 100, 1),
        new Nutrient("белки", "pr__protein", null, 90, 1),
        new Nutrient("углеводы", "pr__carbohydrate", null, 100, 1),
        new Nutrient("вода", "pr__water", "water", 100, 1),
        new Nutrient("зола", "pr__ash", "ash", 12, 1),
    };

    static final Nutrient[] VARIATIONS = {
        new Nutrient("пищевые волокна", "pr__fiber", "fiber", 30, 0.5),
        new Nutrient("алкоголь", "pr__alcohol", "alcohol", 40, 0.5),
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
