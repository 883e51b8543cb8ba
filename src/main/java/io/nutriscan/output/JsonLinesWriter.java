package io.nutriscan.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.nutriscan.model.PageRecord;

import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON Lines: each record a complete JSON document on its own line, flushed as soon as it is written,
 * so {@code jq}, {@code tail -f} and {@code --resume} see whole records. The records are those of
 * {@link JsonWriter}, in the same shapes.
 */
public final class JsonLinesWriter implements RecordWriter {

    private final JsonGenerator json;
    private final Shape shape;

    public JsonLinesWriter(OutputStream out, Shape shape) throws IOException {
        this.json = RecordCodec.generator(out);
        this.shape = shape;
    }

    @Override
    public void begin() {
    }

    @Override
    public void write(PageRecord record) throws IOException {
        if (!shape.keeps(record)) {
            return;
        }
        RecordCodec.write(json, record, shape);
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void end() throws IOException {
        json.flush();
    }
}
