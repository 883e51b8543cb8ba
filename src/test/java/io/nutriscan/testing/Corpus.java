package io.nutriscan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.nutriscan.corpus.CorpusWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated corpora for tests, and the value-by-value comparison of an output with their ground truth. */
public final class Corpus {

    private Corpus() {
    }

    public static Path generate(Path dir, int count, String seed, double avgKb, double badFraction, boolean nested) {
        try {
            CorpusWriter.write(dir, new CorpusWriter.Spec(count, seed, avgKb, badFraction, nested));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Asserts that output (a JSON array in the full shape) gives exactly expected.json's answer for every page, in order. */
    public static void assertMatchesGroundTruth(Path corpus, String output) {
        JsonNode expected = Json.read(corpus.resolve("expected.json"));
        JsonNode actual = Json.parse(output);
        assertEquals(expected.size(), actual.size(), "one record per input");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            JsonNode got = actual.get(i);
            String where = "record " + i + " " + want.get("source").asText();
            assertTrue(got.get("source").asText().endsWith(want.get("source").asText()), where + ": source " + got.get("source"));
            if (want.get("values").isNull()) {
                assertTrue(got.get("values").isNull(), where + ": values should be null, got " + got);
                assertEquals(want.get("error").asText(), got.get("error").asText(), where);
                continue;
            }
            assertFalse(got.has("error"), where + ": " + got.get("error"));
            assertEquals(want.get("product"), got.get("product"), where + ": product");
            assertEquals(want.get("units").toString(), got.get("units").toString(), where + ": units, in order");
            assertEquals(want.get("values").size(), got.get("values").size(), where + ": " + got.get("values"));
            Iterator<Map.Entry<String, JsonNode>> gotValues = got.get("values").fields();
            for (Iterator<Map.Entry<String, JsonNode>> it = want.get("values").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> w = it.next();
                Map.Entry<String, JsonNode> g = gotValues.next();
                assertEquals(w.getKey(), g.getKey(), where + ": key order");
                assertEquals(w.getValue().asDouble(), g.getValue().asDouble(), 0.0, where + ": " + w.getKey());
            }
            if (got.has("nutrients")) {
                assertEquals(want.get("nutrients").toString(), got.get("nutrients").toString(), where + ": nutrients, in order");
                assertEquals(want.get("nutrient_units").toString(), got.get("nutrient_units").toString(), where + ": nutrient units, in order");
            }
        }
    }

    /** As {@link #assertMatchesGroundTruth}, and every record with values has its nutrient profile, right. */
    public static void assertMatchesGroundTruthWithProfiles(Path corpus, String output) {
        assertMatchesGroundTruth(corpus, output);
        for (JsonNode record : Json.parse(output)) {
            assertEquals(!record.get("values").isNull(), record.has("nutrients"), record.get("source").asText());
        }
    }
}
