package io.nutriscan.output;

import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import io.nutriscan.testing.Written;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonWriterTest {

    private static final PageRecord GOOD = new PageRecord(PageInput.of(0, "a \"quoted\".html", Path.of("a")),
            new PageResult.Legend("Яблоко", List.of(new LegendItem("Жиры", 0.39, "г"), new LegendItem("Пищевые волокна", 2.0, null))));
    private static final PageRecord BAD = new PageRecord(PageInput.of(1, "b.html", Path.of("b")),
            new PageResult.Failure("no div#him_bx block"));

    private static String write(Shape shape, PageRecord... records) throws IOException {
        return Written.by(out -> new JsonWriter(out, shape, false), records);
    }

    @Test
    void fullShapeIsOneRecordPerLine() throws IOException {
        assertEquals("""
                [
                {"source":"a \\"quoted\\".html","product":"Яблоко","values":{"Жиры":0.39,"Пищевые волокна":2.0},"units":{"Жиры":"г","Пищевые волокна":null}},
                {"source":"b.html","values":null,"error":"no div#him_bx block"}
                ]
                """, write(Shape.FULL, GOOD, BAD));
    }

    @Test
    void seedShapeKeepsOnlyValuesOfGoodPages() throws IOException {
        assertEquals("""
                [
                {"Жиры":0.39,"Пищевые волокна":2.0}
                ]
                """, write(Shape.SEED, BAD, GOOD, BAD));
    }

    @Test
    void noRecordsIsAnEmptyArray() throws IOException {
        assertEquals("[]\n", write(Shape.FULL));
        assertEquals("[]\n", write(Shape.SEED, BAD));
    }
}
