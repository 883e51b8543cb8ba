package io.nutriscan.input.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Archives written byte by byte as other tools write them: browser-based archivers' resource records, ARC files
 * (plain and gzip, as Heritrix wrote them), gzip per record and over the whole file, chunked bodies, a file cut
 * short, target URIs in angle brackets or with spaces, revisit records whose original is in the same file. Every
 * record is accounted for: a page, or counted as skipped with why.
 */
class ArchiveFixturesTest {

    @TempDir
    Path dir;

    static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><h1>Абрикос</h1></body></html>";

    /** One WARC/1.1 record as text: the named headers, then the block. */
    static byte[] record(String type, String target, String contentType, byte[] block, String... headers) {
        StringBuilder head = new StringBuilder("WARC/1.1\r\nWARC-Type: ").append(type).append("\r\n")
                .append("WARC-Record-ID: <urn:uuid:").append(UUID.nameUUIDFromBytes((type + target + block.length).getBytes()))
                .append(">\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n");
        if (target != null) {
            head.append("WARC-Target-URI: ").append(target).append("\r\n");
        }
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(block.length).append("\r\n\r\n");
        return concat(head.toString().getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    static byte[] http(String statusLine, String body, String... headers) {
        StringBuilder head = new StringBuilder(statusLine).append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return concat(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private record Read(List<WarcPages.Entry> entries, SkippedRecords skipped) {
    }

    private Read read(String name, byte[] file) throws IOException {
        Path path = Files.write(dir.resolve(name), file);
        SkippedRecords skipped = new SkippedRecords();
        List<WarcPages.Entry> entries = new ArrayList<>();
        new WarcPages(path, name, 1 << 20, t -> true, skipped, new ArchiveIndex()).forEachRemaining(entries::add);
        return new Read(entries, skipped);
    }

    private static String body(WarcPages.Entry e) {
        return new String(e.payload().bytes(), StandardCharsets.UTF_8);
    }

    /** Regression test for "a resource record of text/html was skipped, and the run said there were no pages". */
    @Test
    void aResourceRecordOfHtmlIsAPage() throws IOException {
        Read r = read("browser.warc", concat(
                record("warcinfo", null, "application/warc-fields", "software: ArchiveWeb.page\r\n".getBytes(StandardCharsets.UTF_8)),
                record("resource", "https://fitaudit.ru/food/114512", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)),
                record("resource", "https://fitaudit.ru/s.css", "text/css", "p{}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, r.entries().size(), r.entries().toString());
        assertEquals("https://fitaudit.ru/food/114512", r.entries().get(0).source());
        assertEquals(PAGE, body(r.entries().get(0)));
        assertEquals("utf-8", r.entries().get(0).payload().charset());
        assertEquals(3, r.skipped().records());
        assertEquals("1 resources that are not HTML, 1 warcinfo records", r.skipped().describe());
    }

    /** An ARC file, the format before WARC: its HTTP responses are pages; plain and gzipped per record. */
    @Test
    void anArcFileIsReadAsAnArchive() throws IOException {
        String desc = "1 0 nutriscan\nURL IP-address Archive-date Content-type Archive-length\n";
        byte[] filedesc = ("filedesc://crawl.arc 0.0.0.0 20260101000000 text/plain " + desc.length() + "\n" + desc + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] response = http("HTTP/1.1 200 OK", PAGE, "Content-Type", "text/html");
        byte[] page = concat(("http://fitaudit.ru/food/114512 127.0.0.1 20260101000000 text/html " + response.length + "\n")
                .getBytes(StandardCharsets.UTF_8), response, "\n".getBytes(StandardCharsets.UTF_8));
        byte[] missing404 = http("HTTP/1.1 404 Not Found", "gone", "Content-Type", "text/html");
        byte[] missing = concat(("http://fitaudit.ru/food/1 127.0.0.1 20260101000000 text/html " + missing404.length + "\n")
                .getBytes(StandardCharsets.UTF_8), missing404, "\n".getBytes(StandardCharsets.UTF_8));
        for (boolean zipped : new boolean[] {false, true}) {
            byte[] file = zipped ? concat(gzip(filedesc), gzip(page), gzip(missing)) : concat(filedesc, page, missing);
            Read r = read(zipped ? "crawl.arc.gz" : "crawl.arc", file);
            assertEquals(1, r.entries().size(), r.entries().toString());
            assertEquals("http://fitaudit.ru/food/114512", r.entries().get(0).source());
            assertNull(r.entries().get(0).problem());
            assertEquals(PAGE, body(r.entries().get(0)));
            assertEquals(3, r.skipped().records());
            assertEquals(2, r.skipped().skipped(), r.skipped().describe());
        }
    }

    @Test
    void gzipPerRecordAndOverTheWholeFileReadAlike() throws IOException {
        byte[] one = record("response", "http://h/a", "application/http; msgtype=response",
                http("HTTP/1.1 200 OK", PAGE, "Content-Type", "text/html"));
        byte[] two = record("response", "http://h/b", "application/http; msgtype=response",
                http("HTTP/1.1 200 OK", PAGE.replace("Абрикос", "Банан"), "Content-Type", "text/html"));
        Read perRecord = read("per-record.warc.gz", concat(gzip(one), gzip(two)));
        Read whole = read("whole.warc.gz", gzip(concat(one, two)));
        assertEquals(2, perRecord.entries().size());
        assertEquals(perRecord.entries().toString().replaceAll("@[0-9a-f]+", ""), whole.entries().toString().replaceAll("@[0-9a-f]+", ""));
        assertTrue(body(whole.entries().get(1)).contains("Банан"));
    }

    @Test
    void aChunkedBodyIsReadWhole() throws IOException {
        String chunked = Integer.toHexString(10) + "\r\n" + PAGE.substring(0, 10) + "\r\n"
                + Integer.toHexString(PAGE.getBytes(StandardCharsets.UTF_8).length - 10) + "\r\n" + PAGE.substring(10) + "\r\n0\r\n\r\n";
        Read r = read("chunked.warc", record("response", "http://h/chunked", "application/http; msgtype=response",
                http("HTTP/1.1 200 OK", chunked, "Content-Type", "text/html", "Transfer-Encoding", "chunked")));
        assertEquals(1, r.entries().size(), r.entries().toString());
        assertEquals(PAGE, body(r.entries().get(0)));
    }

    @Test
    void aFileCutShortKeepsThePagesBeforeAndSaysWhere() throws IOException {
        byte[] one = record("response", "http://h/a", "application/http; msgtype=response",
                http("HTTP/1.1 200 OK", PAGE, "Content-Type", "text/html"));
        byte[] two = record("response", "http://h/b", "application/http; msgtype=response",
                http("HTTP/1.1 200 OK", PAGE, "Content-Type", "text/html"));
        Read r = read("cut.warc", concat(one, Arrays.copyOf(two, two.length / 2)));
        assertEquals(2, r.entries().size(), r.entries().toString());
        assertEquals("http://h/a", r.entries().get(0).source());
        assertTrue(r.entries().get(1).problem().startsWith("the WARC file is cut short or broken here"), r.entries().get(1).problem());
        assertTrue(r.entries().get(1).source().startsWith("cut.warc at byte " + one.length), r.entries().get(1).source());
    }

    @Test
    void targetUrisInAngleBracketsOrWithSpacesAreKeptAsWritten() throws IOException {
        Read r = read("targets.warc", concat(
                record("response", "<http://h/wget>", "application/http; msgtype=response",
                        http("HTTP/1.1 200 OK", PAGE, "Content-Type", "text/html")),
                record("response", "http://h/a page with spaces", "application/http; msgtype=response",
                        http("HTTP/1.1 200 OK", PAGE, "Content-Type", "text/html"))));
        assertEquals(List.of("http://h/wget", "http://h/a page with spaces"), r.entries().stream().map(WarcPages.Entry::source).toList());
    }

    /** A revisit of either profile whose original came earlier: the original's body under the revisit's URI. */
    @Test
    void aRevisitWhoseOriginalIsInTheFileIsThatPage() throws IOException, NoSuchAlgorithmException {
        byte[] block = http("HTTP/1.1 200 OK", PAGE, "Content-Type", "text/html", "ETag", "\"v1\"");
        String digest = "sha1:" + base32(MessageDigest.getInstance("SHA-1").digest(PAGE.getBytes(StandardCharsets.UTF_8)));
        byte[] original = record("response", "http://h/a", "application/http; msgtype=response", block, "WARC-Payload-Digest", digest);
        String originalId = new String(original, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("WARC-Record-ID: "))
                .findFirst().orElseThrow().substring(16);
        byte[] notModified = record("revisit", "http://h/a", "application/http; msgtype=response",
                http("HTTP/1.1 304 Not Modified", "", "ETag", "\"v1\""),
                "WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified",
                "WARC-Refers-To", originalId);
        byte[] sameDigest = record("revisit", "http://h/a-again", "application/http; msgtype=response",
                http("HTTP/1.1 200 OK", "", "Content-Type", "text/html"),
                "WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest", "WARC-Payload-Digest", digest);
        byte[] orphan = record("revisit", "http://h/elsewhere", "application/http; msgtype=response",
                http("HTTP/1.1 304 Not Modified", ""), "WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified",
                "WARC-Refers-To", "<urn:uuid:00000000-0000-0000-0000-000000000000>");
        for (boolean zipped : new boolean[] {false, true}) {
            byte[] file = zipped ? concat(gzip(original), gzip(notModified), gzip(sameDigest), gzip(orphan))
                    : concat(original, notModified, sameDigest, orphan);
            Read r = read(zipped ? "revisits.warc.gz" : "revisits.warc", file);
            assertEquals(List.of("http://h/a", "http://h/a", "http://h/a-again"), r.entries().stream().map(WarcPages.Entry::source).toList());
            for (WarcPages.Entry e : r.entries()) {
                assertEquals(PAGE, body(e));
            }
            assertEquals("1 revisits whose original was not read before them", r.skipped().describe());
        }
    }

    /** A page a plain static server sent as application/octet-stream (an extensionless saved page). */
    @Test
    void aBodyServedAsOctetStreamIsAPageWhenItBeginsAsHtml() throws IOException {
        Read r = read("octet.warc", concat(
                record("response", "http://h/cache/114512", "application/http; msgtype=response",
                        http("HTTP/1.1 200 OK", PAGE, "Content-Type", "application/octet-stream")),
                record("response", "http://h/cache/archive.zip", "application/http; msgtype=response",
                        http("HTTP/1.1 200 OK", "PK\u0003\u0004", "Content-Type", "application/octet-stream"))));
        assertEquals(List.of("http://h/cache/114512"), r.entries().stream().map(WarcPages.Entry::source).toList());
        assertEquals("1 responses that are not HTML", r.skipped().describe());
    }

    /** RFC 4648 base32, as WARC payload digests are written. */
    private static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt(buffer >> (bits - 5) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt(buffer << (5 - bits) & 31));
        }
        return out.toString();
    }
}
