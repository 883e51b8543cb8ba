package io.nutriscan.corpus;

/** A legend nutrient as the site prints it: lower-case name, legend mark class, link slug, value range, chance to appear. */
record Nutrient(String name, String mark, String slug, int max, double presence) {

    static final Nutrient[] SITE_ORDER = {
        new Nutrient("жиры", "pr__fat", "fat", 100, 0.95),
        new Nutrient("белки", "pr__protein", "protein", 90, 0.95),
        new Nutrient("углеводы", "pr__carbohydrate", "carbohydrate", 100, 0.95),
        new Nutrient("вода", "pr__water", "water", 100, 0.7),
        new Nutrient("зола", "pr__ash", "ash", 12, 0.5),
        new Nutrient("пищевые волокна", "pr__fiber", "fiber", 40, 0.4),
        new Nutrient("алкоголь", "pr__alcohol", "alcohol", 40, 0.1),
    };

    /** The output key: first letter upper-cased, the rest as printed. */
    String key() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
