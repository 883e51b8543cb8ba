package io.nutriscan.output;

import io.nutriscan.helper.Buffers;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.Nutrient;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CSV per RFC 4180: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF.
 * The header is {@code source,product,error} followed by one column per nutrient, in the order the
 * nutrients are first seen in input order (so the same inputs always give the same columns); with
 * {@link Shape#SEED} only the nutrient columns, and only pages that gave values. A value is written as
 * in JSON; units are left to the JSON formats. Pages read with their nutrient profile add, in the full
 * shape, a column per nutrient after the legend's, named {@code SLUG (UNIT)} ({@code vitamin_c (мг)}) in the
 * order first seen, empty where the page has no value.
 * <p>
 * The header needs every record, so records wait in a {@link RecordSpool} on disk and the document is
 * written at the end. A text cell that begins with {@code = + - @}, a tab or a CR is prefixed with
 * {@code '} so that a spreadsheet shows it as text instead of running it as a formula.
 */
public final class CsvWriter implements RecordWriter {

    private static final String[] FIXED_COLUMNS = {"source", "product", "error"};

    private final Writer out;
    private final Shape shape;
    private final RecordSpool spool;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, Integer> profileColumns = new LinkedHashMap<>();

    public CsvWriter(OutputStream out, Shape shape, Path scratchFolder) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), Buffers.SIZE);
        this.shape = shape;
        this.spool = new RecordSpool(scratchFolder);
    }

    @Override
    public void begin() {
    }

    @Override
    public void write(PageRecord record) throws IOException {
        if (!shape.keeps(record)) {
            return;
        }
        if (record.result() instanceof PageResult.Legend legend) {
            for (LegendItem item : legend.items()) {
                columns.putIfAbsent(item.name(), columns.size());
            }
            if (legend.nutrients() != null && shape.describes()) {
                for (Nutrient nutrient : legend.nutrients()) {
                    profileColumns.putIfAbsent(columnName(nutrient), profileColumns.size());
                }
            }
        }
        spool.add(record);
    }

    @Override
    public void end() throws IOException {
        boolean full = shape.describes();
        String[] row = new String[(full ? FIXED_COLUMNS.length : 0) + columns.size() + profileColumns.size()];
        int first = full ? FIXED_COLUMNS.length : 0;
        if (full) {
            System.arraycopy(FIXED_COLUMNS, 0, row, 0, FIXED_COLUMNS.length);
        }
        int i = first;
        for (String name : columns.keySet()) {
            row[i++] = name;
        }
        for (String name : profileColumns.keySet()) {
            row[i++] = name;
        }
        int profileFirst = first + columns.size();
        writeRow(row);
        spool.replay(record -> {
            Arrays.fill(row, null);
            if (full) {
                row[0] = record.source();
            }
            switch (record.result()) {
                case PageResult.Legend legend -> {
                    if (full) {
                        row[1] = legend.product();
                    }
                    for (LegendItem item : legend.items()) {
                        row[first + columns.get(item.name())] = Double.toString(item.value());
                    }
                    if (legend.nutrients() != null && full) {
                        for (Nutrient nutrient : legend.nutrients()) {
                            row[profileFirst + profileColumns.get(columnName(nutrient))] =
                                    nutrient.value() == null ? null : nutrient.value().toString();
                        }
                    }
                }
                case PageResult.Failure failure -> row[2] = failure.reason();
            }
            writeRow(row);
            return true;
        });
        out.flush();
        spool.close();
    }

    @Override
    public void close() {
        spool.close();
    }

    /** "vitamin_c (мг)"; the slug alone when the page gives no unit. */
    private static String columnName(Nutrient nutrient) {
        return nutrient.unit() == null ? nutrient.slug() : nutrient.slug() + " (" + nutrient.unit() + ")";
    }

    private void writeRow(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (cells[i] != null) {
                out.write(field(cells[i]));
            }
        }
        out.write("\r\n");
    }

    /** One cell, neutralised against formulas and quoted as RFC 4180 requires. */
    static String field(String text) {
        String cell = text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
        boolean quote = false;
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
