package io.nutriscan.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.Nutrient;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordCodecTest {

    /** Every field a record has, each in its awkward forms: quotes and Cyrillic, a null product, a null unit. */
    private static final List<PageRecord> RECORDS = List.of(
            record(0, "a \"quoted\"\\path.html", new PageResult.Legend("Яблоко, «антоновка»",
                    List.of(new LegendItem("Жиры", 0.39, "г"), new LegendItem("Пищевые волокна", 2.0, null),
                            new LegendItem("Вода", 86.35, "г"), new LegendItem("Калий", 1e-7, "мкг")))),
            record(1, "b.html", new PageResult.Legend(null, List.of(new LegendItem("Зола", 0, "г")))),
            record(7_000_000_000L, "c.html", new PageResult.Failure("legend value is not a number: жиры — NaN г,")),
            record(8, "d.html", new PageResult.Legend("Абрикос", List.of(new LegendItem("Жиры", 0.39, "г")),
                    List.of(new Nutrient("energy", 48.0, "кКал"), new Nutrient("starch", null, "г"), new Nutrient("vitamin_x", 0.001, null)))));

    private static PageRecord record(long index, String source, PageResult result) {
        return new PageRecord(new PageInput(index, source, new PageInput.Recorded()), result);
    }

    private static String written(boolean withIndex) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = RecordCodec.generator(out)) {
            for (PageRecord record : RECORDS) {
                RecordCodec.write(json, record, withIndex);
                json.writeRaw('\n');
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<PageRecord> readBack(String text) throws IOException {
        List<PageRecord> records = new ArrayList<>();
        try (JsonParser p = RecordCodec.parser(text.getBytes(StandardCharsets.UTF_8))) {
            PageRecord record;
            while ((record = RecordCodec.read(p)) != null) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void everyFieldComesBackAsItWasWritten() throws IOException {
        assertEquals(RECORDS, readBack(written(true)));
    }

    @Test
    void withoutTheIndexARecordComesBackWithout() throws IOException {
        List<PageRecord> read = readBack(written(false));
        for (int i = 0; i < RECORDS.size(); i++) {
            assertEquals(-1, read.get(i).input().index());
            assertEquals(RECORDS.get(i).source(), read.get(i).source());
            assertEquals(RECORDS.get(i).result(), read.get(i).result());
        }
    }

    @Test
    void theLinesAreTheDocumentsRecords() throws IOException {
        assertEquals("""
                {"index":1,"source":"b.html","product":null,"values":{"Зола":0.0},"units":{"Зола":"г"}}
                """, written(true).lines().toList().get(1) + "\n");
        assertEquals("""
                {"source":"c.html","values":null,"error":"legend value is not a number: жиры — NaN г,"}
                """, written(false).lines().toList().get(2) + "\n");
    }

    @Test
    void aProfileIsTwoObjectsAfterTheUnits() throws IOException {
        assertEquals("{\"source\":\"d.html\",\"product\":\"Абрикос\",\"values\":{\"Жиры\":0.39},\"units\":{\"Жиры\":\"г\"},"
                + "\"nutrients\":{\"energy\":48.0,\"starch\":null,\"vitamin_x\":0.001},"
                + "\"nutrient_units\":{\"energy\":\"кКал\",\"starch\":\"г\",\"vitamin_x\":null}}",
                written(false).lines().toList().get(3));
    }

    @Test
    void theEndIsNull() throws IOException {
        try (JsonParser p = RecordCodec.parser(new byte[0])) {
            assertNull(RecordCodec.read(p));
        }
    }

    @Test
    void whatIsNotARecordSaysWhy() {
        assertEquals("is not a JSON object", malformed("[1]"));
        assertEquals("has no \"source\" (was it written with --shape seed?)", malformed("{\"Жиры\":0.39}"));
        assertEquals("has both values and an error", malformed("{\"source\":\"a\",\"values\":{},\"units\":{},\"error\":\"x\"}"));
        assertEquals("has neither values nor an error", malformed("{\"source\":\"a\",\"values\":null}"));
        assertEquals("has units for other nutrients than its values",
                malformed("{\"source\":\"a\",\"values\":{\"Жиры\":1},\"units\":{\"Белки\":\"г\"}}"));
        assertEquals("has a value that is not a number (Жиры)", malformed("{\"source\":\"a\",\"values\":{\"Жиры\":\"1\"},\"units\":{}}"));
        assertEquals("has \"index\" of the wrong type", malformed("{\"index\":\"1\",\"source\":\"a\"}"));
        assertEquals("has nutrient units for other nutrients than its nutrients", malformed("{\"source\":\"a\",\"values\":{},\"units\":{},"
                + "\"nutrients\":{\"fat\":1},\"nutrient_units\":{}}"));
        assertEquals("has a nutrient that is not a number (fat)", malformed("{\"source\":\"a\",\"values\":{},\"units\":{},"
                + "\"nutrients\":{\"fat\":\"1\"},\"nutrient_units\":{\"fat\":\"г\"}}"));
        assertEquals(true, malformed("{\"source\":").startsWith("is not valid JSON"));
    }

    private static String malformed(String line) {
        return assertThrows(RecordCodec.MalformedRecord.class, () -> readBack(line)).getMessage();
    }
}
