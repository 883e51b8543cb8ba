package io.nutriscan.model;

/**
 * One nutrient of a page's profile: "vitamin_c" 10.0 "мг". {@code value} is null where the site has no value
 * (shown as "н/д"): not an error, not a zero. {@code unit} is null when the page gives none.
 */
public record Nutrient(String slug, Double value, String unit) {
}
