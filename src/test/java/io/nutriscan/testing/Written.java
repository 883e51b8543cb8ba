package io.nutriscan.testing;

import io.nutriscan.model.PageRecord;
import io.nutriscan.output.RecordWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** What a record writer makes of some records: the whole document, as text. */
public final class Written {

    /** Makes a writer on the given stream. */
    @FunctionalInterface
    public interface WriterOn {
        RecordWriter create(OutputStream out) throws IOException;
    }

    private Written() {
    }

    public static String by(WriterOn writers, PageRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RecordWriter writer = writers.create(out)) {
            writer.begin();
            for (PageRecord r : records) {
                writer.write(r);
            }
            writer.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
