package io.nutriscan.output;

/** The output formats. */
public enum Format {
    /** One JSON array, one record per line. */
    JSON,
    /** JSON Lines: one record per line, each line a complete JSON document, flushed as it is written. */
    JSONL,
    /** CSV (RFC 4180): a header of every column seen, one row per record, written when the last record is in. */
    CSV
}
