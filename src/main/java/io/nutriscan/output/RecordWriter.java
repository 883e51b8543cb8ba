package io.nutriscan.output;

import io.nutriscan.model.PageRecord;

import java.io.IOException;

/** Writes records, in the order given, as one output document of some format. */
public interface RecordWriter extends AutoCloseable {

    /** Called once before the first record. */
    void begin() throws IOException;

    void write(PageRecord record) throws IOException;

    /** Called once after the last record: completes the document and flushes it. */
    void end() throws IOException;

    /** Releases what the writer holds besides the output (a spool file); the output itself is the target's. */
    @Override
    default void close() {
    }
}
