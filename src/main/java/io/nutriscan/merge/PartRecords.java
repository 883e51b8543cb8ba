package io.nutriscan.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads the records of a part back into the records they were written from. */
final class PartRecords {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PartRecords() {
    }

    /** A parser over a part's bytes: its records follow one another as root-level JSON values. */
    static JsonParser parser(InputStream part) throws IOException {
        return FACTORY.createParser(part);
    }

    /** The next record of {@code p}, or null at the end of the part. */
    static PageRecord next(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            return null;
        }
        expect(first, JsonToken.START_OBJECT);
        Long index = null;
        String source = null;
        String product = null;
        String error = null;
        List<String> names = new ArrayList<>();
        List<Double> values = null;
        List<String> units = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            switch (field) {
                case "index" -> index = token == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                case "source" -> source = text(p, token);
                case "product" -> product = text(p, token);
                case "error" -> error = text(p, token);
                case "values" -> {
                    if (token == JsonToken.START_OBJECT) {
                        values = new ArrayList<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            names.add(p.currentName());
                            p.nextToken();
                            values.add(p.getDoubleValue());
                        }
                    }
                }
                case "units" -> {
                    expect(token, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        units.add(text(p, p.nextToken()));
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (index == null || source == null || (values == null) == (error == null)
                || (values != null && units.size() != values.size())) {
            throw new IOException("not a record of a part (index, source, and values with units or an error)");
        }
        PageInput input = new PageInput(index, source, null, null);
        if (values == null) {
            return new PageRecord(input, new PageResult.Failure(error));
        }
        List<LegendItem> items = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            items.add(new LegendItem(names.get(i), values.get(i), units.get(i)));
        }
        return new PageRecord(input, new PageResult.Legend(product, items));
    }

    private static String text(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(token, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static void expect(JsonToken token, JsonToken wanted) throws IOException {
        if (token != wanted) {
            throw new IOException("unexpected " + token + " where " + wanted + " belongs");
        }
    }
}
