package io.nutriscan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void measuresEveryEngineAtEveryLevelAndChecksTheyAgree() throws Exception {
        Path chart = tmp.resolve("bench.svg");
        CliRun run = CliRun.of("bench", "--pages", "60", "--avg-kb", "4", "--runs", "1", "--levels", "4,1", "--chart", chart.toString(),
                "--json");
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        JsonNode report = Json.parse(run.out());
        assertEquals(60, report.get("pages").asInt());
        assertTrue(report.get("same_output").asBoolean());
        List<String> configs = new ArrayList<>();
        for (JsonNode r : report.get("results")) {
            configs.add(r.get("engine").asText() + " " + r.get("concurrency").asInt());
            assertEquals(60, r.get("ok").asInt() + r.get("failed").asInt());
            assertTrue(r.get("pages_per_second").asDouble() > 0);
            assertTrue(r.get("allocated_bytes_per_page").asLong() > 0);
        }
        assertEquals(List.of("sequential 1", "platform 1", "platform 4", "virtual 1", "virtual 4"), configs);
        assertEquals(1.0, report.get("results").get(0).get("speedup").asDouble(), 1e-9);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(chart.toFile());
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getAttribute("xmlns"));
        NodeList titles = svg.getElementsByTagName("title");
        assertEquals(5, titles.getLength(), "one bar per configuration");
        assertTrue(titles.item(4).getTextContent().startsWith("virtual -j 4: "), titles.item(4).getTextContent());
    }

    @Test
    void takesAnExistingCorpusAndPrintsATable() {
        Path corpus = Corpus.generate(tmp.resolve("c"), 30, "bench", 3, 0.1, false);
        CliRun run = CliRun.of("bench", "--corpus", corpus.toString(), "--runs", "1", "--engines", "virtual", "--levels", "2", "-q");
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("nutriscan bench: 30 pages, "), run.out());
        assertTrue(run.out().contains("\nvirtual -j 2 "), run.out());
        assertTrue(run.out().contains("every configuration wrote the same 30 records (27 ok, 3 failed)"), run.out());
    }

    @Test
    void withNutrientsMeasuresRunsThatReadTheProfile() {
        Path corpus = Corpus.generate(tmp.resolve("c"), 30, "bench", 3, 0.1, false);
        CliRun withProfile = CliRun.of("bench", "--corpus", corpus.toString(), "--runs", "1", "--engines", "sequential", "--nutrients",
                "--json", "-q");
        CliRun without = CliRun.of("bench", "--corpus", corpus.toString(), "--runs", "1", "--engines", "sequential", "--json", "-q");
        assertEquals(ExitCodes.OK, withProfile.exit(), withProfile.toString());
        JsonNode report = Json.parse(withProfile.out());
        assertTrue(report.get("nutrients").asBoolean());
        assertFalse(Json.parse(without.out()).get("nutrients").asBoolean());

        assertEquals(27, report.get("results").get(0).get("ok").asInt());
        assertNotEquals(report.get("results").get(0).get("output_digest").asText(),
                Json.parse(without.out()).get("results").get(0).get("output_digest").asText(), "the records carry the profile");
    }

    @Test
    void refusesNonsense() {
        assertEquals(ExitCodes.USAGE, CliRun.of("bench", "--runs", "0").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("bench", "--corpus", tmp.resolve("none").toString()).exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("bench", "--corpus", tmp.toString(), "--runs", "1").exit(), "no pages");
    }
}
