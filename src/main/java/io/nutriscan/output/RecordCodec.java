package io.nutriscan.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.Nutrient;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place a record becomes JSON and JSON becomes a record again. The JSON and JSON Lines documents,
 * a shard's part lines, the CSV writer's spool, {@code --resume} and {@code merge} all go through it, so a
 * new field is one edit here:
 * <pre>
 * {"source":"a.html","product":"Яблоко","values":{"Жиры":0.39},"units":{"Жиры":"г"}}
 * {"source":"b.html","values":null,"error":"no div#him_bx block"}
 * </pre>
 * A fetched page that redirects led elsewhere has {@code "final_url"} after its source. A page read with its nutrient profile has two more objects, keyed by slug in page order:
 * {@code "nutrients":{"energy":48.0,"starch":null,…},"nutrient_units":{"energy":"кКал",…}}.
 * A part line leads with the record's {@code index} in the whole input list. The seed shape is a page's
 * values object alone.
 */
public final class RecordCodec {

    static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** A line or value that is not a record as this codec writes them; the message says what is wrong. */
    public static final class MalformedRecord extends IOException {
        MalformedRecord(String message) {
            super(message);
        }
    }

    private RecordCodec() {
    }

    /** A UTF-8 generator that writes root-level values with nothing between them: the caller adds the punctuation. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        return json;
    }

    /** A parser over records written one after another (a JSON Lines file, a part). */
    public static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    public static JsonParser parser(byte[] bytes) throws IOException {
        return FACTORY.createParser(bytes);
    }

    /** The full shape; {@code withIndex}: led by the record's place in the whole input list, as a part needs it. */
    public static void write(JsonGenerator json, PageRecord record, boolean withIndex) throws IOException {
        json.writeStartObject();
        if (withIndex) {
            json.writeNumberField("index", record.input().index());
        }
        json.writeStringField("source", record.source());
        if (record.finalUrl() != null) {
            json.writeStringField("final_url", record.finalUrl());
        }
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
                if (legend.nutrients() != null) {
                    json.writeObjectFieldStart("nutrients");
                    for (Nutrient nutrient : legend.nutrients()) {
                        if (nutrient.value() == null) {
                            json.writeNullField(nutrient.slug());
                        } else {
                            json.writeNumberField(nutrient.slug(), nutrient.value());
                        }
                    }
                    json.writeEndObject();
                    json.writeObjectFieldStart("nutrient_units");
                    for (Nutrient nutrient : legend.nutrients()) {
                        json.writeStringField(nutrient.slug(), nutrient.unit());
                    }
                    json.writeEndObject();
                }
            }
            case PageResult.Failure failure -> {
                json.writeNullField("values");
                json.writeStringField("error", failure.reason());
            }
        }
        json.writeEndObject();
    }

    /** {@code record} as {@code shape} holds it; the caller has asked {@link Shape#keeps} first. */
    public static void write(JsonGenerator json, PageRecord record, Shape shape) throws IOException {
        if (shape.describes()) {
            write(json, record, false);
        } else {
            writeValues(json, (PageResult.Legend) record.result());
        }
    }

    /** The seed shape: the values object alone. */
    private static void writeValues(JsonGenerator json, PageResult.Legend legend) throws IOException {
        json.writeStartObject();
        for (LegendItem item : legend.items()) {
            json.writeNumberField(item.name(), item.value());
        }
        json.writeEndObject();
    }

    /**
     * The next record of {@code p}, or null at the end. Its input has the {@code index} the record was written
     * with, or -1 when it has none (a JSON Lines document); it has no origin, only its source.
     */
    public static PageRecord read(JsonParser p) throws IOException {
        try {
            return readRecord(p);
        } catch (JsonProcessingException e) {
            throw new MalformedRecord("is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static PageRecord readRecord(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            throw new MalformedRecord("is not a JSON object");
        }
        long index = -1;
        String source = null;
        String finalUrl = null;
        String product = null;
        String error = null;
        Fields<Double> values = null;
        Fields<String> units = new Fields<>();
        Fields<Double> nutrients = null;
        Fields<String> nutrientUnits = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            switch (field) {
                case "index" -> {
                    expect(token, JsonToken.VALUE_NUMBER_INT, field);
                    index = p.getLongValue();
                }
                case "source" -> source = text(p, token, field);
                case "final_url" -> finalUrl = text(p, token, field);
                case "product" -> product = text(p, token, field);
                case "error" -> error = text(p, token, field);
                case "values" -> values = token == JsonToken.VALUE_NULL ? null : numbers(p, token, field, "value", false);
                case "units" -> units = texts(p, token, field);
                case "nutrients" -> nutrients = numbers(p, token, field, "nutrient", true);
                case "nutrient_units" -> nutrientUnits = texts(p, token, field);
                default -> p.skipChildren();
            }
        }
        if (source == null) {
            throw new MalformedRecord("has no \"source\" (was it written with --shape seed?)");
        }
        PageInput input = new PageInput(index, source, new PageInput.Recorded());
        if ((values != null) == (error != null)) {
            throw new MalformedRecord("has " + (values != null ? "both values and an error" : "neither values nor an error"));
        }
        if (values == null) {
            return new PageRecord(input, new PageResult.Failure(error), finalUrl);
        }
        if (!units.keys.equals(values.keys)) {
            throw new MalformedRecord("has units for other nutrients than its values");
        }
        List<LegendItem> items = new ArrayList<>(values.keys.size());
        for (int i = 0; i < values.keys.size(); i++) {
            items.add(new LegendItem(values.keys.get(i), values.values.get(i), units.values.get(i)));
        }
        if (nutrients == null && nutrientUnits == null) {
            return new PageRecord(input, new PageResult.Legend(product, items), finalUrl);
        }
        if (nutrients == null || nutrientUnits == null || !nutrients.keys.equals(nutrientUnits.keys)) {
            throw new MalformedRecord("has nutrient units for other nutrients than its nutrients");
        }
        List<Nutrient> profile = new ArrayList<>(nutrients.keys.size());
        for (int i = 0; i < nutrients.keys.size(); i++) {
            profile.add(new Nutrient(nutrients.keys.get(i), nutrients.values.get(i), nutrientUnits.values.get(i)));
        }
        return new PageRecord(input, new PageResult.Legend(product, items, profile), finalUrl);
    }

    /** The fields of a JSON object, in order (a key given twice is kept twice). */
    private static final class Fields<V> {
        final List<String> keys = new ArrayList<>();
        final List<V> values = new ArrayList<>();
    }

    /** An object of numbers ("values", "nutrients"); {@code nullable}: null stands for no value. */
    private static Fields<Double> numbers(JsonParser p, JsonToken token, String field, String what, boolean nullable)
            throws IOException {
        expect(token, JsonToken.START_OBJECT, field);
        Fields<Double> fields = new Fields<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            fields.keys.add(p.currentName());
            JsonToken value = p.nextToken();
            if (!(value.isNumeric() || nullable && value == JsonToken.VALUE_NULL)) {
                throw new MalformedRecord("has a " + what + " that is not a number (" + fields.keys.getLast() + ")");
            }
            fields.values.add(value == JsonToken.VALUE_NULL ? null : p.getDoubleValue());
        }
        return fields;
    }

    /** An object of strings or nulls ("units", "nutrient_units"). */
    private static Fields<String> texts(JsonParser p, JsonToken token, String field) throws IOException {
        expect(token, JsonToken.START_OBJECT, field);
        Fields<String> fields = new Fields<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            fields.keys.add(p.currentName());
            fields.values.add(text(p, p.nextToken(), field));
        }
        return fields;
    }

    private static String text(JsonParser p, JsonToken token, String field) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(token, JsonToken.VALUE_STRING, field);
        return p.getText();
    }

    private static void expect(JsonToken token, JsonToken wanted, String field) throws MalformedRecord {
        if (token != wanted) {
            throw new MalformedRecord("has \"" + field + "\" of the wrong type");
        }
    }
}
