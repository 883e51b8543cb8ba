package io.nutriscan.shard;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sidecar of a shard's part: which slice of which input list the part holds and what it holds, so that
 * a merge can prove the parts make the whole list exactly once. Written after the part; the part's digest
 * ties the two together. No time or host in it: the same input gives the same bytes.
 *
 * @param shard       K, from 0
 * @param of          N
 * @param first       index of the first input of the slice in the whole list
 * @param pages       inputs in the slice (the part's records)
 * @param ok          records with values
 * @param failed      error records
 * @param inputs      length of the whole list
 * @param inputDigest digest of the whole list's sources
 * @param partDigest  SHA-256 of the part file's bytes
 * @param nutrients   the records hold nutrient profiles (written only when true: older parts have none)
 */
public record PartSummary(int shard, int of, long first, long pages, long ok, long failed, long inputs, String inputDigest,
                          String partDigest, boolean nutrients) {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final Pattern PART_NAME = Pattern.compile("part-(\\d{5,})-of-(\\d{5,})\\.jsonl");
    public static final String SUMMARY_SUFFIX = ".summary.json";

    /** part-0000K-of-0000N.jsonl, as Beam and Hadoop name the parts of a sharded output. */
    public static String partName(int shard, int of) {
        return String.format(Locale.ROOT, "part-%05d-of-%05d.jsonl", shard, of);
    }

    /** The sidecar of a part: part-0000K-of-0000N.summary.json. */
    public static String summaryName(String partName) {
        return partName.substring(0, partName.length() - ".jsonl".length()) + SUMMARY_SUFFIX;
    }

    /** {K, N} of a part's file name, or null when the name is not a part's. */
    public static int[] parsePartName(String name) {
        Matcher m = PART_NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String partName() {
        return partName(shard, of);
    }

    /** The index of the last input of the slice; first - 1 when the slice is empty. */
    public long last() {
        return first + pages - 1;
    }

    public void write(OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("part", partName());
            json.writeNumberField("shard", shard);
            json.writeNumberField("of", of);
            json.writeNumberField("first", first);
            if (pages > 0) {
                json.writeNumberField("last", last());
            } else {
                json.writeNullField("last");
            }
            json.writeNumberField("pages", pages);
            json.writeNumberField("ok", ok);
            json.writeNumberField("failed", failed);
            json.writeNumberField("inputs", inputs);
            json.writeStringField("input_digest", inputDigest);
            json.writeStringField("part_digest", partDigest);
            if (nutrients) {
                json.writeBooleanField("nutrients", true);
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Reads a sidecar; an IOException says what is wrong with it. */
    public static PartSummary read(Path file) throws IOException {
        Integer shard = null;
        Integer of = null;
        Long first = null;
        Long pages = null;
        Long ok = null;
        Long failed = null;
        Long inputs = null;
        String inputDigest = null;
        String partDigest = null;
        boolean nutrients = false;
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "shard" -> shard = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                    case "of" -> of = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                    case "first" -> first = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                    case "pages" -> pages = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                    case "ok" -> ok = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                    case "failed" -> failed = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                    case "inputs" -> inputs = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                    case "input_digest" -> inputDigest = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "part_digest" -> partDigest = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "nutrients" -> nutrients = value == JsonToken.VALUE_TRUE;
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage());
        }
        if (shard == null || of == null || first == null || pages == null || ok == null || failed == null || inputs == null
                || inputDigest == null || partDigest == null) {
            throw new IOException("a field is missing or of the wrong type");
        }
        return new PartSummary(shard, of, first, pages, ok, failed, inputs, inputDigest, partDigest, nutrients);
    }
}
