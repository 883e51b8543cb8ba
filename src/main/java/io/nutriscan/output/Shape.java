package io.nutriscan.output;

import io.nutriscan.model.PageRecord;

/**
 * What each record holds, decided here for every format: which records a document keeps and whether a record is
 * described (source, product, error, units, profile) or is its values alone. {@link RecordCodec} writes a record in
 * its shape; the writers ask the shape, never test for one.
 */
public enum Shape {
    /** Source, product, values and units, or source and error: one record per input. */
    FULL,
    /** Only the values object of each page that gave values, as the original notebook wrote them. */
    SEED;

    /** Whether the document holds {@code record} at all: the seed shape leaves out pages that gave no values. */
    public boolean keeps(PageRecord record) {
        return this == FULL || record.result().ok();
    }

    /** Whether a record comes with what it is about (source, product, error, units, profile) or is its values alone. */
    public boolean describes() {
        return this == FULL;
    }
}
