package io.nutriscan.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a corpus: the pages, {@code files.txt} (one path per line, relative to the folder) and
 * {@code expected.json} (the ground truth, one record per line in files.txt order).
 */
public final class CorpusWriter {

    /** What to write; sizes spread from 0.75x to about 1.9x of {@code avgKb}, most near the low end. */
    public record Spec(int count, String seed, double avgKb, double badFraction, boolean nested) {
    }

    /** What was written. */
    public record Summary(int pages, int bad, long bytes) {
    }

    private CorpusWriter() {
    }

    public static Summary write(Path out, Spec spec) throws IOException {
        Files.createDirectories(out);
        Map<Integer, PageGenerator.BadKind> badAt = chooseBad(spec);
        PageGenerator generator = new PageGenerator(spec.seed());
        SplittableRandom sizes = new SplittableRandom(spec.seed().hashCode() * 31L + 7);
        long total = 0;
        try (BufferedWriter files = Files.newBufferedWriter(out.resolve("files.txt"), StandardCharsets.UTF_8);
             OutputStream expectedOut = Files.newOutputStream(out.resolve("expected.json"));
             JsonGenerator expected = new JsonFactory().createGenerator(expectedOut, JsonEncoding.UTF8)) {
            expected.setPrettyPrinter(new MinimalPrettyPrinter(""));
            expected.writeRaw('[');
            for (int i = 0; i < spec.count(); i++) {
                double spread = 0.75 + 1.125 * Math.pow(sizes.nextDouble(), 2.2);
                int target = (int) (spec.avgKb() * 1024 * spread);
                GeneratedPage page = generator.page(i, target, badAt.get(i), spec.nested());
                Path file = out.resolve(page.path());
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.write(file, page.bytes());
                total += page.bytes().length;
                files.write(page.path());
                files.write('\n');
                expected.writeRaw(i == 0 ? "\n" : ",\n");
                writeExpected(expected, page);
            }
            expected.writeRaw(spec.count() == 0 ? "]\n" : "\n]\n");
        }
        return new Summary(spec.count(), badAt.size(), total);
    }

    private static void writeExpected(JsonGenerator json, GeneratedPage page) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", page.path());
        if (page.values() == null) {
            json.writeNullField("values");
            json.writeStringField("error", page.error());
        } else {
            json.writeStringField("product", page.product());
            json.writeObjectFieldStart("values");
            for (Map.Entry<String, Double> e : page.values().entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("units");
            for (Map.Entry<String, String> e : page.units().entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("nutrients");
            for (Map.Entry<String, Double> e : page.nutrients().entrySet()) {
                if (e.getValue() == null) {
                    json.writeNullField(e.getKey());
                } else {
                    json.writeNumberField(e.getKey(), e.getValue());
                }
            }
            json.writeEndObject();
            json.writeObjectFieldStart("nutrient_units");
            for (Map.Entry<String, String> e : page.nutrientUnits().entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Exactly round(count × badFraction) broken pages at seeded places, the four kinds in turn. */
    static Map<Integer, PageGenerator.BadKind> chooseBad(Spec spec) {
        int bad = (int) Math.round(spec.count() * spec.badFraction());
        SplittableRandom rng = new SplittableRandom(spec.seed().hashCode() * 17L + 3);
        PageGenerator.BadKind[] kinds = PageGenerator.BadKind.values();
        Map<Integer, PageGenerator.BadKind> at = new HashMap<>();
        while (at.size() < bad) {
            int index = rng.nextInt(spec.count());
            if (!at.containsKey(index)) {
                at.put(index, kinds[at.size() % kinds.length]);
            }
        }
        return at;
    }
}
