package io.nutriscan.corpus;

import java.util.Map;

/**
 * A generated page and what a correct extractor reports for it: {@code values} in page order, or
 * null with the {@code error} it must give.
 */
public record GeneratedPage(String path, byte[] bytes, Map<String, Double> values, String error) {
}
