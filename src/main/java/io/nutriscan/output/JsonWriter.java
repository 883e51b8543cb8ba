package io.nutriscan.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;

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

    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;
    private final Shape shape;
    private final boolean flushEachRecord;
    private boolean first = true;

    public JsonWriter(OutputStream out, Shape shape, boolean flushEachRecord) throws IOException {
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        // Records are root-level values joined by the array punctuation written below, one per line.
        this.json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        this.shape = shape;
        this.flushEachRecord = flushEachRecord;
    }

    @Override
    public void begin() throws IOException {
        json.writeRaw('[');
    }

    @Override
    public void write(PageRecord record) throws IOException {
        if (shape == Shape.SEED && !record.result().ok()) {
            return;
        }
        json.writeRaw(first ? "\n" : ",\n");
        first = false;
        if (shape == Shape.SEED) {
            writeValues(json, (PageResult.Legend) record.result());
        } else {
            writeFull(json, record);
        }
        if (flushEachRecord) {
            json.flush();
        }
    }

    @Override
    public void end() throws IOException {
        json.writeRaw(first ? "]\n" : "\n]\n");
        json.flush();
    }

    static void writeFull(JsonGenerator json, PageRecord record) throws IOException {
        writeFull(json, record, false);
    }

    /** {@code withIndex}: the record's place in the whole input list first, as a shard's part needs it. */
    static void writeFull(JsonGenerator json, PageRecord record, boolean withIndex) throws IOException {
        json.writeStartObject();
        if (withIndex) {
            json.writeNumberField("index", record.input().index());
        }
        json.writeStringField("source", record.source());
        switch (record.result()) {
            case PageResult.Legend legend -> {
                json.writeStringField("product", legend.product());
                json.writeFieldName("values");
                writeValues(json, legend);
                json.writeObjectFieldStart("units");
                for (LegendItem item : legend.items()) {
                    json.writeStringField(item.name(), item.unit());
                }
                json.writeEndObject();
            }
            case PageResult.Failure failure -> {
                json.writeNullField("values");
                json.writeStringField("error", failure.reason());
            }
        }
        json.writeEndObject();
    }

    static void writeValues(JsonGenerator json, PageResult.Legend legend) throws IOException {
        json.writeStartObject();
        for (LegendItem item : legend.items()) {
            json.writeNumberField(item.name(), item.value());
        }
        json.writeEndObject();
    }
}
