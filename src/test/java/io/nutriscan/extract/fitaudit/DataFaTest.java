package io.nutriscan.extract.fitaudit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The data-fa reader against Jackson, on the site's measures and on thousands of made-up and broken ones. */
class DataFaTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Test
    void theSitesMeasures() {
        assertEquals(new DataFa("0.39", "г"), DataFa.parse("{\"msr\":{\"val\":\"0.39\",\"round\":\"2\",\"unit\":\"г\",\"use\":\"inline\"}}"));
        assertEquals(new DataFa("96", "мкг"), DataFa.parse("{\"msr\":{\n\t        \"val\":\"96\",\n\t        \"dnorm\":\"900\",\n\t"
                + "        \"round\":\"1\",\n\t        \"unitRu\":\"мкг\",\n\t        \"unitEn\":\"µg\",\n\t        \"use\":\"chart\"\n\t    \t}}"));
        assertEquals(new DataFa("", "г"), DataFa.parse("{\"msr\":{\"val\":\"\",\"round\":\"1\",\"unit\":\"г\"}}"), "н/д");
        assertEquals(new DataFa("1.5", null), DataFa.parse("{\"msr\":{\"val\":1.5}}"), "a number as written");
        assertEquals(new DataFa(null, null), DataFa.parse("{\"other\":1}"));
        assertEquals(new DataFa("а\"б", "г/\u0434"), DataFa.parse("{\"msr\":{\"val\":\"а\\\"б\",\"unit\":\"г\\/\\u0434\"}}"));
    }

    @Test
    void rawBytesInThePagesCharset() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] page = "x{\"msr\":{\"val\":\"2\",\"unitRu\":\"мг\"}}y".getBytes(cp1251);
        assertEquals(new DataFa("2", "мг"), DataFa.parse(page, 1, page.length - 1, cp1251));
        byte[] reference = "{&quot;msr&quot;:{}}".getBytes(StandardCharsets.US_ASCII);
        assertSame(DataFa.REFERENCE, DataFa.parse(reference, 0, reference.length, StandardCharsets.UTF_8));
        byte[] inString = "{\"msr\":{\"val\":\"1&amp;2\"}}".getBytes(StandardCharsets.US_ASCII);
        assertSame(DataFa.REFERENCE, DataFa.parse(inString, 0, inString.length, StandardCharsets.UTF_8));
    }

    @Test
    void invalidJsonIsNull() {
        for (String bad : new String[] {"", "{", "{\"msr\":}", "{\"msr\":{\"val\":01}}", "{\"msr\":{\"val\":\"1\"}}x", "{'msr':1}",
            "{\"msr\":{\"val\":\"\t\"}}", "{\"msr\":{\"val\":\"\\x\"}}", "{\"msr\":[1,]}", "tru", "-", "1.", "1e"}) {
            assertNull(DataFa.parse(bad), bad);
        }
    }

    private static final String[] PIECES = {"{", "}", "[", "]", ",", ":", "\"msr\"", "\"val\"", "\"unit\"", "\"unitRu\"", "\"x\"",
        "\"0.39\"", "\"\"", "\"г\"", "1", "-2.5e3", "0", "01", "true", "null", "fals", " ", "\n", "\"\\u0433\"", "\"\\n\"", "\\", "\""};

    /** Made-up JSON, most of it broken: valid exactly when Jackson says so, and then the same measure. */
    @Test
    void agreesWithJackson() throws Exception {
        SplittableRandom rng = new SplittableRandom(5);
        int valid = 0;
        for (int i = 0; i < 60_000; i++) {
            String json = rng.nextInt(3) == 0 ? mutated(rng) : random(rng);
            DataFa ours = DataFa.parse(json);
            JsonNode theirs;
            try {
                theirs = JACKSON.readTree(json);
                if (theirs == null || theirs.isMissingNode() || json.isBlank()) {
                    theirs = null;
                }
            } catch (Exception e) {
                theirs = null;
            }
            if (theirs == null) {
                assertNull(ours, json);
                continue;
            }
            valid++;
            JsonNode msr = theirs.get("msr");
            String val = null;
            String unit = null;
            if (msr != null && msr.isObject()) {
                JsonNode v = msr.get("val");
                val = v == null ? null : v.isTextual() ? v.asText() : v.isNumber() ? textOf(json, v) : null;
                JsonNode u = msr.get("unit") != null ? msr.get("unit") : null;
                JsonNode ru = msr.get("unitRu");
                unit = u != null && u.isTextual() ? u.asText() : ru != null && ru.isTextual() ? ru.asText() : null;
            }
            assertEquals(new DataFa(val, unit), ours, json);
        }
        assertEquals(true, valid > 2_000, "enough of it valid: " + valid);
    }

    /** The one-pass reader of the site's shape: the general reader's answer wherever it gives one, and it gives one for the site's. */
    @Test
    void theFlatReaderAgreesWithTheGeneralOne() {
        String site = "{\"msr\":{\r\n\t        \"val\":\"1094\",\r\n\t        \"dnorm\":\"5000\",\r\n\t        \"round\":\"1\","
                + "\r\n\t        \"unitRu\":\"мкг\",\r\n\t        \"unitEn\":\"µg\",\r\n\t        \"use\":\"chart\"\r\n\t    \t}}";
        byte[] bytes = site.getBytes(StandardCharsets.UTF_8);
        assertEquals(new DataFa("1094", "мкг"), FlatMeasure.read(bytes, 0, bytes.length, StandardCharsets.UTF_8));
        byte[] legend = "{\"msr\":{\"val\":\"\",\"round\":\"2\",\"unit\":\"г\",\"unit\":\"мг\",\"use\":\"inline\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(new DataFa("", "г"), FlatMeasure.read(legend, 0, legend.length, StandardCharsets.UTF_8), "the first of a doubled key");
        SplittableRandom rng = new SplittableRandom(11);
        int flat = 0;
        for (int i = 0; i < 60_000; i++) {
            byte[] json = (rng.nextInt(3) == 0 ? random(rng) : mutated(rng)).getBytes(StandardCharsets.UTF_8);
            DataFa fast = FlatMeasure.read(json, 0, json.length, StandardCharsets.UTF_8);
            if (fast != null) {
                flat++;
                assertEquals(DataFa.readInFull(json, 0, json.length, StandardCharsets.UTF_8), fast, new String(json, StandardCharsets.UTF_8));
            }
        }
        assertEquals(true, flat > 5_000, "the flat shape is common enough to be tested: " + flat);
    }

    /** A number as the JSON writes it (Jackson keeps only its value). */
    private static String textOf(String json, JsonNode number) {
        int at = json.indexOf("\"val\"");
        int colon = json.indexOf(':', at);
        int start = colon + 1;
        while (json.charAt(start) == ' ' || json.charAt(start) == '\n') {
            start++;
        }
        int end = start;
        while (end < json.length() && "-+.eE0123456789".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        return json.substring(start, end);
    }

    private static String random(SplittableRandom rng) {
        StringBuilder b = new StringBuilder();
        for (int k = 0, n = 1 + rng.nextInt(12); k < n; k++) {
            b.append(PIECES[rng.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** The site's measure with one piece changed: mostly still JSON, each field in turn missing, doubled, retyped. */
    private static String mutated(SplittableRandom rng) {
        String[] fields = {"\"val\":\"" + rng.nextInt(1000) + "." + rng.nextInt(100) + "\"", "\"round\":\"2\"", "\"unit\":\"мг\"",
            "\"unitRu\":\"мкг\"", "\"val\":" + rng.nextInt(50), "\"unit\":null", "\"dnorm\":[1,{\"a\":\"b\"}]"};
        StringBuilder b = new StringBuilder("{\"msr\":{");
        boolean[] used = new boolean[fields.length];
        for (int k = 0, n = 1 + rng.nextInt(4); k < n; k++) {
            int f = rng.nextInt(fields.length);
            String name = fields[f].substring(0, fields[f].indexOf(':'));
            boolean twice = false;
            for (int j = 0; j < fields.length; j++) {
                twice |= used[j] && fields[j].startsWith(name);
            }
            if (twice) {
                continue; // Jackson keeps the last of a doubled key, the tree builder the first: not compared here
            }
            used[f] = true;
            b.append(k == 0 ? "" : ",").append(rng.nextBoolean() ? "\n\t" : "").append(fields[f]);
        }
        b.append("}}");
        if (rng.nextInt(4) == 0) {
            int at = rng.nextInt(b.length());
            b.insert(at, PIECES[rng.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
