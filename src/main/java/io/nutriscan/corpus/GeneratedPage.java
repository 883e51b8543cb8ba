package io.nutriscan.corpus;

import java.util.Map;

/**
 * A generated page and what a correct extractor reports for it: the {@code product}, the legend's
 * {@code values} and {@code units} and the whole profile's {@code nutrients} (null where the page has no
 * value) and {@code nutrientUnits}, each in page order; or null values with the {@code error} it must give.
 */
public record GeneratedPage(String path, byte[] bytes, String product, Map<String, Double> values, Map<String, String> units,
                            Map<String, Double> nutrients, Map<String, String> nutrientUnits, String error) {

    static GeneratedPage broken(String path, byte[] bytes, String error) {
        return new GeneratedPage(path, bytes, null, null, null, null, null, error);
    }
}
