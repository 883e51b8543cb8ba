package io.nutriscan.output;

import java.util.Locale;

/** The output formats. */
public enum Format {
    /** One JSON array, one record per line. */
    JSON,
    /** JSON Lines: one record per line, each line a complete JSON document, flushed as it is written. */
    JSONL;

    public static Format parse(String text) {
        for (Format format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected json or jsonl)");
    }
}
