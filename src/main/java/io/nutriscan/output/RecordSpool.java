package io.nutriscan.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.nutriscan.helper.Buffers;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.RecordSink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records kept on disk until the end of a run, for a format that can only be written once every record
 * has been seen (CSV: its header names every nutrient of every page). Kept as the part lines of
 * {@link RecordCodec}; memory stays flat whatever the number of records; the file is deleted when the
 * spool is closed.
 */
final class RecordSpool implements AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private final JsonGenerator json;

    RecordSpool(Path folder) throws IOException {
        this.file = Files.createTempFile(folder, ".nutriscan-spool-", ".tmp");
        this.file.toFile().deleteOnExit();
        this.out = new BufferedOutputStream(Files.newOutputStream(file), Buffers.SIZE);
        this.json = RecordCodec.generator(out);
    }

    void add(PageRecord record) throws IOException {
        RecordCodec.write(json, record, true);
        json.writeRaw('\n');
    }

    /** Reads every record back, in order, until the sink takes no more. */
    void replay(RecordSink sink) throws IOException {
        json.flush();
        try (InputStream in = Files.newInputStream(file); JsonParser records = RecordCodec.parser(in)) {
            PageRecord record;
            while ((record = RecordCodec.read(records)) != null && sink.accept(record)) {
                // each record is the sink's
            }
        }
    }

    @Override
    public void close() {
        try {
            json.close();
            out.close();
        } catch (IOException ignored) {
            // the file is deleted next
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left in the temporary folder under a name that says what it is; deleted at exit
        }
    }
}
