package io.nutriscan.corpus;

/**
 * A nutrient of a product page's profile as the site states it: the slug of its {@code /nutrients/SLUG}
 * link, its name as the link prints it, the units of its {@code data-fa} JSON, the daily norm of its
 * table row, and the range its values take.
 */
record ProfileNutrient(String slug, String name, String unitRu, String unitEn, String dnorm, double max, double missing) {

    /** The three rows of the protein, fat and carbohydrate table ({@code table.bju_tbl}). */
    static final ProfileNutrient[] MACROS = {
        new ProfileNutrient("protein", "Белки", "г", "g", "75", 90, 0),
        new ProfileNutrient("fat", "Жиры", "г", "g", "84", 100, 0),
        new ProfileNutrient("carbohydrate", "Углеводы", "г", "g", "310", 100, 0),
    };

    /** The paragraph after the block: sugars, fibre and starch, then cholesterol and trans fats. */
    static final ProfileNutrient[] ENDLINE = {
        new ProfileNutrient("sugars", "сахаров", "г", "g", "", 60, 0.2),
        new ProfileNutrient("fiber", "клетчатки", "г", "g", "", 30, 0.2),
        new ProfileNutrient("starch", "крахмала", "г", "g", "", 70, 0.6),
        new ProfileNutrient("cholesterol", "холестерина", "мг", "mg", "", 300, 0.2),
        new ProfileNutrient("fat_trans", "трансжиров", "г", "g", "", 3, 0.4),
    };

    static final ProfileNutrient[] VITAMINS = {
        new ProfileNutrient("vitamin_a", "Витамин A", "мкг", "µg", "900", 2000, 0.1),
        new ProfileNutrient("beta_carotene", "Бета-каротин", "мкг", "µg", "5000", 9000, 0.2),
        new ProfileNutrient("alpha_carotene", "Альфа-каротин", "мкг", "µg", "5000", 3000, 0.3),
        new ProfileNutrient("vitamin_d", "Витамин D", "мкг", "µg", "15", 20, 0.2),
        new ProfileNutrient("vitamin_d2", "Витамин D2", "мкг", "µg", "7.5", 10, 0.7),
        new ProfileNutrient("vitamin_d3", "Витамин D3", "мкг", "µg", "16.25", 20, 0.6),
        new ProfileNutrient("vitamin_e", "Витамин E", "мг", "mg", "14.6", 40, 0.1),
        new ProfileNutrient("vitamin_k", "Витамин K", "мкг", "µg", "120", 300, 0.2),
        new ProfileNutrient("vitamin_c", "Витамин C", "мг", "mg", "90", 200, 0.1),
        new ProfileNutrient("vitamin_b1", "Витамин B1", "мг", "mg", "1.2", 2, 0.1),
        new ProfileNutrient("vitamin_b2", "Витамин B2", "мг", "mg", "1.3", 2, 0.1),
        new ProfileNutrient("vitamin_b3", "Витамин B3", "мг", "mg", "16", 30, 0.1),
        new ProfileNutrient("vitamin_b4", "Витамин B4", "мг", "mg", "500", 300, 0.3),
        new ProfileNutrient("vitamin_b5", "Витамин B5", "мг", "mg", "5", 5, 0.2),
        new ProfileNutrient("vitamin_b6", "Витамин B6", "мг", "mg", "1.3", 2, 0.1),
        new ProfileNutrient("vitamin_b9", "Витамин B9", "мкг", "µg", "400", 600, 0.1),
        new ProfileNutrient("vitamin_b12", "Витамин B12", "мкг", "µg", "2.4", 20, 0.2),
    };

    static final ProfileNutrient[] MINERALS = {
        new ProfileNutrient("calcium", "Кальций", "мг", "mg", "1000", 1200, 0.05),
        new ProfileNutrient("iron", "Железо", "мг", "mg", "10", 20, 0.05),
        new ProfileNutrient("magnesium", "Магний", "мг", "mg", "400", 500, 0.05),
        new ProfileNutrient("phosphorus", "Фосфор", "мг", "mg", "700", 1000, 0.05),
        new ProfileNutrient("potassium", "Калий", "мг", "mg", "4700", 2000, 0.05),
        new ProfileNutrient("sodium", "Натрий", "мг", "mg", "1300", 2000, 0.05),
        new ProfileNutrient("zinc", "Цинк", "мг", "mg", "11", 12, 0.1),
        new ProfileNutrient("copper", "Медь", "мг", "mg", "0.9", 3, 0.1),
        new ProfileNutrient("manganese", "Марганец", "мг", "mg", "2.3", 5, 0.1),
        new ProfileNutrient("selenium", "Селен", "мкг", "µg", "55", 100, 0.2),
        new ProfileNutrient("fluoride", "Фтор", "мкг", "µg", "4000", 500, 0.5),
    };
}
