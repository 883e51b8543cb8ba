package io.nutriscan.output;

import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import io.nutriscan.testing.Written;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonLinesWriterTest {

    private static final PageRecord GOOD = new PageRecord(PageInput.of(0, "a.html", Path.of("a")),
            new PageResult.Legend("Яблоко", List.of(new LegendItem("Жиры", 0.39, "г"))));
    private static final PageRecord BAD = new PageRecord(PageInput.of(1, "b.html", Path.of("b")),
            new PageResult.Failure("empty file"));

    @Test
    void fullShapeIsOneRecordPerLineAndNothingElse() throws IOException {
        assertEquals("""
                {"source":"a.html","product":"Яблоко","values":{"Жиры":0.39},"units":{"Жиры":"г"}}
                {"source":"b.html","values":null,"error":"empty file"}
                """, Written.by(out -> new JsonLinesWriter(out, Shape.FULL), GOOD, BAD));
        assertEquals("", Written.by(out -> new JsonLinesWriter(out, Shape.FULL)));
    }

    @Test
    void seedShapeIsTheValuesOfGoodPages() throws IOException {
        assertEquals("{\"Жиры\":0.39}\n", Written.by(out -> new JsonLinesWriter(out, Shape.SEED), BAD, GOOD, BAD));
    }

    @Test
    void eachRecordIsFlushedAsItIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesWriter writer = new JsonLinesWriter(out, Shape.FULL);
        writer.begin();
        writer.write(GOOD);
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count(), "a tail -f sees the whole line at once");
    }
}
