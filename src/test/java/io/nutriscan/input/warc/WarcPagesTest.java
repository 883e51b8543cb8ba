package io.nutriscan.input.warc;

import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcPagesTest {

    @TempDir
    Path dir;

    private static HttpResponse http(int status, String contentType, byte[] body, String... headers) {
        HttpResponse.Builder b = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        if (contentType != null) {
            b.addHeader("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.addHeader(headers[i], headers[i + 1]);
        }
        return b.body(contentType == null ? MediaType.OCTET_STREAM : MediaType.parse(contentType), body).build();
    }

    private static List<WarcPages.Entry> read(Path warc, String match) {
        List<WarcPages.Entry> entries = new ArrayList<>();
        new WarcPages(warc, warc.toString(), 1 << 20, t -> match == null || t.contains(match)).forEachRemaining(entries::add);
        return entries;
    }

    @Test
    void onlyWholeHtmlResponsesWithStatus200ArePages() throws IOException {
        byte[] page = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
        Path warc = dir.resolve("mixed.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build());
            w.write(new WarcResponse.Builder("http://h/a").body(http(200, "text/html; charset=windows-1251", page)).build());
            w.write(new WarcResponse.Builder("http://h/missing").body(http(404, "text/html", page)).build());
            w.write(new WarcResponse.Builder("http://h/robots.txt").body(http(200, "text/plain", page)).build());
            w.write(new WarcResponse.Builder("http://h/img").body(http(200, "image/png", page)).build());
            w.write(new WarcResponse.Builder("http://h/cut").truncated(WarcTruncationReason.LENGTH)
                    .body(http(200, "text/html", page)).build());
            // wget writes the target in angle brackets and the body as it came (gzipped here)
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(page);
            }
            w.write(new WarcResponse.Builder("<http://h/wget>").body(http(200, "text/html", zipped.toByteArray(),
                    "Content-Encoding", "gzip")).build());
        }
        List<WarcPages.Entry> entries = read(warc, null);
        assertEquals(3, entries.size(), entries.toString());
        assertEquals("http://h/a", entries.get(0).source());
        assertEquals("windows-1251", entries.get(0).payload().charset());
        assertEquals(new String(page, StandardCharsets.UTF_8), new String(entries.get(0).payload().bytes(), StandardCharsets.UTF_8));
        assertEquals("http://h/cut", entries.get(1).source());
        assertTrue(entries.get(1).problem().contains("WARC-Truncated: length"), entries.get(1).problem());
        assertEquals("http://h/wget", entries.get(2).source());
        assertEquals(new String(page, StandardCharsets.UTF_8), new String(entries.get(2).payload().bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of("http://h/wget"), read(warc, "wget").stream().map(WarcPages.Entry::source).toList());
    }

    @Test
    void aFileCutShortKeepsThePagesBeforeAndSaysWhere() throws IOException {
        Path corpus = Corpus.generate(dir.resolve("c"), 3, "warc", 20, 0, false);
        Path warc = dir.resolve("cut.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String file : Files.readAllLines(corpus.resolve("files.txt"))) {
                w.write(new WarcResponse.Builder("http://h/" + file).body(http(200, "text/html", Files.readAllBytes(corpus.resolve(file)))).build());
            }
        }
        long size = Files.size(warc);
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.WRITE)) {
            ch.truncate(size - 500);
        }
        List<WarcPages.Entry> entries = read(warc, null);
        assertEquals(3, entries.size(), entries.toString());
        assertNull(entries.get(0).problem());
        assertNull(entries.get(1).problem());
        assertTrue(entries.get(2).source().startsWith(warc + " at byte "), entries.get(2).source());
        assertTrue(entries.get(2).problem().startsWith("the WARC file is cut short or broken here (the pages before are kept)"),
                entries.get(2).problem());

        CliRun run = CliRun.of("-f", "json", warc.toString());
        assertEquals(1, run.exit(), run.err());
        var records = Json.parse(run.out());
        assertEquals(3, records.size());
        var expected = Json.read(corpus.resolve("expected.json"));
        for (int i = 0; i < 2; i++) {
            assertEquals(expected.get(i).get("values").toString(), records.get(i).get("values").toString());
        }
        assertTrue(records.get(2).get("error").asText().startsWith("the WARC file is cut short"));
    }

    @Test
    void aFileThatIsNoWarcIsOneErrorRecord() throws IOException {
        Path notWarc = dir.resolve("notes.warc");
        Files.writeString(notWarc, "hello\n");
        CliRun run = CliRun.of("-f", "jsonl", notWarc.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("\"error\":\""), run.out());
    }
}
