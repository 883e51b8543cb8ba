package io.nutriscan.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.nutriscan.model.PageRecord;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One JSON array, UTF-8, one record per line, newline-terminated:
 * <pre>
 * [
 * {"source":"a.html","product":"Яблоко","values":{"Жиры":0.39},"units":{"Жиры":"г"}},
 * {"source":"b.html","values":null,"error":"no div#him_bx block"}
 * ]
 * </pre>
 * With {@link Shape#SEED} each line is only a page's values object, and failed pages are left out.
 */
public final class JsonWriter implements RecordWriter {

    private final JsonGenerator json;
    private final Shape shape;
    private final boolean flushEachRecord;
    private boolean first = true;

    public JsonWriter(OutputStream out, Shape shape, boolean flushEachRecord) throws IOException {
        // Records are root-level values joined by the array punctuation written below, one per line.
        this.json = RecordCodec.generator(out);
        this.shape = shape;
        this.flushEachRecord = flushEachRecord;
    }

    @Override
    public void begin() throws IOException {
        json.writeRaw('[');
    }

    @Override
    public void write(PageRecord record) throws IOException {
        if (!shape.keeps(record)) {
            return;
        }
        json.writeRaw(first ? "\n" : ",\n");
        first = false;
        RecordCodec.write(json, record, shape);
        if (flushEachRecord) {
            json.flush();
        }
    }

    @Override
    public void end() throws IOException {
        json.writeRaw(first ? "]\n" : "\n]\n");
        json.flush();
    }
}
