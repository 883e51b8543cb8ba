package io.nutriscan.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The --warc file: what a fetch leaves in it, and that it is replaced, kept or appended to as the run's output is. */
class WarcOutputTest {

    @TempDir
    Path dir;

    private static final URI PAGE = URI.create("http://127.0.0.1:8080/products/1");
    private static final byte[] BODY = "<html><h1>Яблоко</h1></html>".getBytes(StandardCharsets.UTF_8);

    private static void fetch(WarcOutput warc, URI url) {
        warc.response(url, List.of(Map.entry("Host", url.getRawAuthority()), Map.entry("User-Agent", "nutriscan/test")),
                200, "OK", List.of(Map.entry("Content-Type", "text/html; charset=utf-8"), Map.entry("Content-Encoding", "gzip"),
                        Map.entry("Content-Length", "17")), BODY);
    }

    private static List<WarcRecord> records(Path file) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    response.http(); // parsed while the reader is on it
                }
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void aCommittedFetchIsAResponseWithItsDecodedBodyAndTheRequestBesideIt() throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        try (WarcOutput warc = WarcOutput.open(file, false)) {
            fetch(warc, PAGE);
            warc.commit();
        }
        try (WarcReader reader = new WarcReader(file)) {
            WarcResponse response = (WarcResponse) reader.next().orElseThrow();
            assertEquals(PAGE, response.targetURI());
            assertEquals(200, response.http().status());
            assertArrayEquals(BODY, response.http().body().stream().readAllBytes());
            // The body is stored decoded: the headers about the wire's bytes would contradict it.
            assertFalse(response.http().headers().first("Content-Encoding").isPresent());
            assertTrue(response.http().headers().first("Content-Type").orElseThrow().startsWith("text/html"));
            WarcRequest request = (WarcRequest) reader.next().orElseThrow();
            assertEquals(List.of(response.id()), request.concurrentTo());
            assertEquals("nutriscan/test", request.http().headers().first("User-Agent").orElseThrow());
            assertTrue(reader.next().isEmpty());
        }
    }

    @Test
    void aRevisitPointsAtTheArchivedResponse() throws Exception {
        Path file = dir.resolve("again.warc.gz");
        URI original = URI.create("urn:uuid:00000000-0000-0000-0000-000000000001");
        Instant date = Instant.parse("2026-01-01T00:00:00Z");
        try (WarcOutput warc = WarcOutput.open(file, false)) {
            warc.notModified(PAGE, List.of(Map.entry("If-None-Match", "\"v1\"")), 304, "Not Modified",
                    List.of(Map.entry("ETag", "\"v1\"")), original, PAGE, date);
            warc.commit();
        }
        List<WarcRecord> records = records(file);
        WarcRevisit revisit = (WarcRevisit) records.getFirst();
        assertEquals(original, revisit.refersTo().orElseThrow());
        assertEquals(WarcRevisit.SERVER_NOT_MODIFIED_1_1, revisit.profile());
        assertEquals(2, records.size());
    }

    @Test
    void aRunThatIsNotCommittedLeavesTheFileAsItWasAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        Files.writeString(file, "an earlier crawl");
        try (WarcOutput warc = WarcOutput.open(file, false)) {
            fetch(warc, PAGE);
        }
        assertEquals("an earlier crawl", Files.readString(file));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
    }

    @Test
    void aResumedRunAppendsAfterTheRecordsAlreadyThere() throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        try (WarcOutput warc = WarcOutput.open(file, false)) {
            fetch(warc, PAGE);
            warc.commit();
        }
        try (WarcOutput warc = WarcOutput.open(file, true)) {
            fetch(warc, URI.create("http://127.0.0.1:8080/products/2"));
            warc.commit();
        }
        List<URI> targets = records(file).stream().filter(r -> r instanceof WarcResponse)
                .map(r -> ((WarcResponse) r).targetURI()).toList();
        assertEquals(List.of(PAGE, URI.create("http://127.0.0.1:8080/products/2")), targets);
    }

    @Test
    void aFolderIsRefusedBeforeAnythingIsFetched() {
        RunFailure failure = assertThrows(RunFailure.class, () -> WarcOutput.open(dir, false));
        assertTrue(failure.getMessage().contains(dir.toString()), failure.getMessage());
    }
}
