package io.nutriscan.model;

/** One nutrient of the legend: "Пищевые волокна" 2.4 "г". {@code unit} is null when the page printed none. */
public record LegendItem(String name, double value, String unit) {
}
