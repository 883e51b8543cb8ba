package io.nutriscan.output;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.Nutrient;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import io.nutriscan.testing.Written;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    @TempDir
    Path scratch;

    private static PageRecord legend(long index, String source, String product, LegendItem... items) {
        return new PageRecord(PageInput.of(index, source, Path.of(source)), new PageResult.Legend(product, List.of(items)));
    }

    private static PageRecord failure(long index, String source, String reason) {
        return new PageRecord(PageInput.of(index, source, Path.of(source)), new PageResult.Failure(reason));
    }

    private String write(Shape shape, PageRecord... records) throws IOException {
        return Written.by(out -> new CsvWriter(out, shape, scratch), records);
    }

    @Test
    void headerHasEveryNutrientInTheOrderFirstSeen() throws IOException {
        String csv = write(Shape.FULL,
                legend(0, "a.html", "Яблоко", new LegendItem("Жиры", 0.39, "г"), new LegendItem("Белки", 0.4, "г")),
                failure(1, "b.html", "no div#him_bx block"),
                legend(2, "c.html", "Груша", new LegendItem("Пищевые волокна", 3.1, "г"), new LegendItem("Жиры", 0.14, "г")));
        assertEquals("""
                source,product,error,Жиры,Белки,Пищевые волокна\r
                a.html,Яблоко,,0.39,0.4,\r
                b.html,,no div#him_bx block,,,\r
                c.html,Груша,,0.14,,3.1\r
                """, csv);
        try (var files = Files.list(scratch)) {
            assertEquals(0, files.count(), "the spool is gone");
        }
    }

    @Test
    void theNutrientProfileIsAColumnPerSlugAndUnitAfterTheLegend() throws IOException {
        PageRecord a = new PageRecord(PageInput.of(0, "a.html", Path.of("a.html")), new PageResult.Legend("Яблоко",
                List.of(new LegendItem("Жиры", 0.39, "г")),
                List.of(new Nutrient("energy", 48.0, "кКал"), new Nutrient("fat", 0.39, "г"), new Nutrient("starch", null, "г"))));
        PageRecord c = new PageRecord(PageInput.of(2, "c.html", Path.of("c.html")), new PageResult.Legend("Груша",
                List.of(new LegendItem("Белки", 0.4, "г")),
                List.of(new Nutrient("vitamin_c", 4.3, "мг"), new Nutrient("energy", 57.0, "кКал"), new Nutrient("iodine", 1.0, null))));
        assertEquals("""
                source,product,error,Жиры,Белки,energy (кКал),fat (г),starch (г),vitamin_c (мг),iodine\r
                a.html,Яблоко,,0.39,,48.0,0.39,,,\r
                b.html,,empty file,,,,,,,\r
                c.html,Груша,,,0.4,57.0,,,4.3,1.0\r
                """, write(Shape.FULL, a, failure(1, "b.html", "empty file"), c));
        assertEquals("Жиры,Белки\r\n0.39,\r\n,0.4\r\n", write(Shape.SEED, a, c), "the seed shape is the legend alone");
    }

    @Test
    void seedShapeHasOnlyValuesOfPagesThatGaveThem() throws IOException {
        assertEquals("Жиры\r\n0.39\r\n", write(Shape.SEED,
                failure(0, "b.html", "empty file"), legend(1, "a.html", null, new LegendItem("Жиры", 0.39, "г"))));
        assertEquals("\r\n", write(Shape.SEED), "no records: an empty header line");
    }

    @Test
    void quotesAsRfc4180Requires() {
        assertEquals("plain", CsvWriter.field("plain"));
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.field("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvWriter.field("cr\rhere"));
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.field("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvWriter.field("+1"));
        assertEquals("'-2+3", CsvWriter.field("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.field("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.field("\tx"));
        assertEquals("\"'\rx\"", CsvWriter.field("\rx"));
        assertEquals("a=b", CsvWriter.field("a=b"), "only a leading sign is dangerous");
        assertEquals("", CsvWriter.field(""));
    }

    @Test
    void readsBackAsTheSameCells() throws IOException {
        String hostile = "=cmd|' /C calc'!A0, \"quoted\"\nnext line.html";
        String csv = write(Shape.FULL,
                legend(0, hostile, "@product, with comma", new LegendItem("Жиры", 0.39, "г")),
                failure(1, "-bad.html", "legend value is not a number: жиры – =1+1"));
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            List<List<String>> all = rows.readAll();
            assertEquals(List.of("source", "product", "error", "Жиры"), all.get(0));
            assertEquals(List.of("'" + hostile, "'@product, with comma", "", "0.39"), all.get(1));
            assertEquals(List.of("'-bad.html", "", "legend value is not a number: жиры – =1+1", ""), all.get(2));
            assertEquals(3, all.size());
        }
    }
}
