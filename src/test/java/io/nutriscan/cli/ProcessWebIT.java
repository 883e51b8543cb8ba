package io.nutriscan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.nutriscan.testing.Binary;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import io.nutriscan.testing.PageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The binary under test ({@link Binary}: the native executable or the fast-jar) fetching from a real server
 * on loopback: HTTP and HTTPS (a certificate it is told to trust, and one it is not), robots.txt, a sitemap,
 * a WARC written and read back, and progress on a terminal.
 */
class ProcessWebIT {

    @TempDir
    static Path tmp;
    static Path corpus;
    static List<String> files;
    static PageServer http;

    @BeforeAll
    static void serve() throws IOException {
        corpus = Corpus.generate(tmp.resolve("corpus"), 12, "web-process", 20, 0, false);
        files = Files.readAllLines(corpus.resolve("files.txt"));
        http = PageServer.start(corpus, "127.0.0.1").robots("User-agent: *\nDisallow: /private/\n");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static List<String> urls(PageServer server, String prefix) {
        return files.stream().map(f -> server.url(prefix + f)).toList();
    }

    /** Every fetched page gives the ground truth, in input order; robots.txt is asked once and obeyed. */
    @Test
    void pagesOverHttpAreRightAndRobotsTxtIsObeyed() throws IOException {
        List<String> urls = new ArrayList<>(urls(http, "/p/"));
        Path list = Files.write(tmp.resolve("urls.txt"), urls);
        Binary.Result r = Binary.run(Binary.in(tmp, "--list", list.toString(), "--per-host", "4"));
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Corpus.assertMatchesGroundTruth(corpus, r.out());
        assertEquals(1, http.hits("/robots.txt").size());
        Binary.Result disallowed = Binary.run(Binary.in(tmp, http.url("/private/" + files.get(0))));
        assertEquals(ExitCodes.PAGES_FAILED, disallowed.exit());
        assertTrue(Json.parse(disallowed.out()).get(0).get("error").asText().startsWith("disallowed by http://127.0.0.1:"),
                disallowed.out());
    }

    @Test
    void pagesOverHttpsAreFetchedFromATrustedServerAndAnUntrustedOneIsAClearError() {
        try (PageServer https = PageServer.startTls(corpus, "127.0.0.2")) {
            String url = https.url("/p/" + files.get(0));
            Binary.Result untrusted = Binary.run(Binary.in(tmp, "--ignore-robots", url));
            assertEquals(ExitCodes.PAGES_FAILED, untrusted.exit(), untrusted.err());
            String error = Json.parse(untrusted.out()).get(0).get("error").asText();
            assertTrue(error.startsWith("TLS failed: "), error);
            Map<String, String> trust = Map.of("javax.net.ssl.trustStore", https.trustStore().toString(),
                    "javax.net.ssl.trustStorePassword", "nutriscan");
            Binary.Result trusted = Binary.run(new ProcessBuilder(Binary.command(trust, "--nutrients", url)).directory(tmp.toFile()));
            assertEquals(ExitCodes.OK, trusted.exit(), trusted.toString());
            JsonNode record = Json.parse(trusted.out()).get(0);
            assertEquals(url, record.get("source").asText());
            assertTrue(record.get("nutrients").size() > 10, record.toString());
        }
    }

    /** A sitemap file (XML), the WARC the fetch records, and that WARC read back offline. */
    @Test
    void aSitemapFetchedIntoAWarcReadsBackToTheSameRecords() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls(http, "/p/")) {
            xml.append("  <url><loc>").append(url).append("</loc></url>\n");
        }
        Path sitemap = Files.writeString(tmp.resolve("sitemap.xml"), xml.append("</urlset>\n"));
        Path warc = tmp.resolve("crawl.warc.gz");
        Binary.Result live = Binary.run(Binary.in(tmp, "--sitemap", sitemap.toString(), "--warc", warc.toString(), "-f", "jsonl"));
        assertEquals(ExitCodes.OK, live.exit(), live.err());
        assertEquals(files.size(), live.out().lines().count(), live.out());
        assertTrue(Files.size(warc) > 10_000);
        Binary.Result offline = Binary.run(Binary.in(tmp, warc.toString(), "-f", "jsonl"));
        assertEquals(ExitCodes.OK, offline.exit(), offline.err());
        assertEquals(live.out().lines().sorted().toList(), offline.out().lines().sorted().toList());
    }

    /** Under a terminal (script(1) gives the process one), progress is redrawn on stderr while pages come in. */
    @Test
    void progressIsShownOnATerminal() throws Exception {
        try (PageServer slow = PageServer.start(corpus, "127.0.0.3").latency(Duration.ofMillis(150))) {
            Path list = Files.write(tmp.resolve("slow.txt"), urls(slow, "/p/"));
            String command = String.join(" ", Binary.command(Map.of(), "--list", list.toString(), "--per-host", "1",
                    "-o", tmp.resolve("slow.json").toString()).stream().map(ProcessWebIT::quoted).toList());
            Binary.Result r = Binary.run(new ProcessBuilder("script", "-qfec", command, "/dev/null").directory(tmp.toFile()));
            assertEquals(ExitCodes.OK, r.exit(), r.toString());
            assertTrue(r.out().contains("\r\033[K") && r.out().contains("pages/s"), "progress redrawn in place: " + r.out());
            Corpus.assertMatchesGroundTruth(corpus, Files.readString(tmp.resolve("slow.json")));
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
