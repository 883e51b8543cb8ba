package io.nutriscan.input.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.nutriscan.testing.CliRun;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fetching against real servers on loopback (two addresses, two hosts) serving the project's real-markup
 * pages, with faults; what the tool did is checked from the servers' side as well as in its records.
 */
class FetchTest {

    @TempDir
    static Path dir;
    static Path corpus;
    static List<String> files;
    static PageServer a;
    static PageServer b;

    @BeforeAll
    static void serve() throws IOException {
        corpus = Corpus.generate(dir.resolve("pages"), 24, "fetch", 30, 0.0, false);
        try (Stream<Path> pages = Files.list(corpus)) {
            files = pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
        a = PageServer.start(corpus, "127.0.0.1").robots("User-agent: *\nDisallow: /private/\n");
        b = PageServer.start(corpus, "127.0.0.2").robots("User-agent: *\nCrawl-delay: 0.2\n");
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    static CliRun fetch(String... args) {
        List<String> all = new ArrayList<>(List.of("--retry-backoff", "50ms", "-f", "jsonl"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    static List<JsonNode> records(CliRun run) {
        return run.out().lines().map(Json::parse).toList();
    }

    static JsonNode only(CliRun run) {
        List<JsonNode> records = records(run);
        assertEquals(1, records.size(), run.out() + run.err());
        return records.getFirst();
    }

    static String error(CliRun run) {
        JsonNode record = only(run);
        assertTrue(record.has("error"), "an error record: " + record);
        return record.get("error").asText();
    }

    @Test
    void pagesFromTwoHostsAreRightInOrderAndEachHostsLimitHolds() {
        a.latency(Duration.ofMillis(60));
        try {
            List<String> args = new ArrayList<>(List.of("--per-host", "3", "-f", "json"));
            for (int i = 0; i < files.size(); i++) {
                args.add((i % 3 == 0 ? b : a).url("/p/" + files.get(i)));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, run.exit(), run.err());
            Corpus.assertMatchesGroundTruth(corpus, run.out());
            assertTrue(a.maxInFlight() <= 3, "host a had " + a.maxInFlight() + " requests in flight");
            assertTrue(b.maxInFlight() <= 3, "host b had " + b.maxInFlight() + " requests in flight");
            assertTrue(a.maxInFlight() >= 2, "requests to one host overlap up to --per-host");
            assertTrue(a.hits().stream().allMatch(h -> h.userAgent().startsWith("nutriscan/")), "the user agent is nutriscan/VERSION");
        } finally {
            a.latency(Duration.ZERO);
        }
    }

    @Test
    void crawlDelaySpacesRequestStartsToItsHost() {
        List<String> urls = files.subList(0, 4).stream().map(f -> b.url("/p/" + f + "?crawl-delay")).toList();
        CliRun run = fetch(urls.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        List<Long> starts = b.hits().stream().filter(h -> h.path().endsWith("?crawl-delay")).map(PageServer.Hit::nanos).sorted().toList();
        assertEquals(4, starts.size());
        // Crawl-delay 0.2 s, randomised 0.5-1.5x: three gaps of at least 0.1 s each.
        assertTrue(starts.getLast() - starts.getFirst() >= Duration.ofMillis(300).toNanos(),
                "4 requests spread over " + (starts.getLast() - starts.getFirst()) / 1_000_000 + " ms");
    }

    @Test
    void delaySpacesRequestStartsToOneHost() {
        List<String> urls = files.subList(0, 4).stream().map(f -> a.url("/p/" + f + "?delay")).toList();
        List<String> args = new ArrayList<>(List.of("--delay", "100ms", "--per-host", "4"));
        args.addAll(urls);
        CliRun run = fetch(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        List<Long> starts = a.hits().stream().filter(h -> h.path().endsWith("?delay")).map(PageServer.Hit::nanos).sorted().toList();
        assertEquals(4, starts.size());
        for (int i = 1; i < starts.size(); i++) {
            long gap = starts.get(i) - starts.get(i - 1);
            assertTrue(gap >= Duration.ofMillis(45).toNanos(), "request starts " + gap / 1_000_000 + " ms apart, --delay 100ms randomised 0.5-1.5x");
        }
    }

    @Test
    void retryAfterInSecondsIsWaitedForBeforeTheRetry() {
        String path = "/f/429/1/" + files.get(1);
        CliRun run = fetch(a.url(path));
        assertFalse(only(run).has("error"), run.out());
        List<PageServer.Hit> hits = a.hits(path);
        assertEquals(2, hits.size());
        long gap = hits.get(1).nanos() - hits.get(0).nanos();
        assertTrue(gap >= Duration.ofSeconds(1).toNanos(), "retried after " + gap / 1_000_000 + " ms, Retry-After: 1");
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedForBeforeTheRetry() {
        String path = "/f/503date/1/" + files.get(2);
        CliRun run = fetch(a.url(path));
        assertFalse(only(run).has("error"), run.out());
        List<PageServer.Hit> hits = a.hits(path);
        assertEquals(2, hits.size());
        // The date is 2 s ahead at one-second precision: at least 1 s.
        long gap = hits.get(1).nanos() - hits.get(0).nanos();
        assertTrue(gap >= Duration.ofSeconds(1).toNanos(), "retried after " + gap / 1_000_000 + " ms");
    }

    @Test
    void aRetryAfterLongerThanTheCapIsAnErrorWithoutWaiting() {
        String path = "/f/long-retry/0/" + files.get(3);
        String error = error(fetch("--max-retry-wait", "10s", a.url(path)));
        assertTrue(error.contains("429") && error.contains("3600") && error.contains("--max-retry-wait"), error);
        assertEquals(1, a.hits(path).size());
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetried() {
        String failing = "/f/500/2/" + files.get(4);
        String reset = "/f/reset/1/" + files.get(5);
        CliRun run = fetch(a.url(failing), a.url(reset));
        assertEquals(0, run.exit(), run.err());
        assertEquals(3, a.hits(failing).size());
        assertEquals(2, a.hits(reset).size());
    }

    @Test
    void retriesRunOutIntoAnErrorRecord() {
        String path = "/f/500/99/" + files.get(6);
        String error = error(fetch("--retries", "2", a.url(path)));
        assertEquals("HTTP 500 Internal Server Error (3 attempts)", error);
        assertEquals(3, a.hits(path).size());
    }

    @Test
    void robotsTxtIsObeyedAndNothingUnderADisallowedPathIsRequested() {
        String path = "/private/" + files.get(7);
        String error = error(fetch(a.url(path)));
        assertTrue(error.startsWith("disallowed by http://127.0.0.1:" + a.port() + "/robots.txt"), error);
        assertTrue(a.hits(path).isEmpty());
        CliRun ignoring = fetch("--ignore-robots", b.url(path));
        assertFalse(only(ignoring).has("error"), ignoring.out());
    }

    @Test
    void aFailingRobotsTxtDisallowsTheHost() {
        try (PageServer c = PageServer.start(corpus, "127.0.0.3").robotsStatus(503)) {
            String error = error(fetch("--retries", "0", c.url("/p/" + files.get(0))));
            assertTrue(error.contains("robots.txt") && error.contains("503") && error.contains("RFC 9309"), error);
            assertTrue(c.hits("/p/" + files.get(0)).isEmpty());
        }
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlSaid() {
        String path = "/f/redirect/3/" + files.get(8);
        JsonNode record = only(fetch(a.url(path)));
        assertFalse(record.has("error"), record.toString());
        assertEquals(a.url(path), record.get("source").asText());
        assertEquals(a.url("/f/redirect/0/" + files.get(8)), record.get("final_url").asText());
        assertTrue(error(fetch(a.url("/f/redirect/11/" + files.get(8)))).startsWith("more than 10 redirects"));
        assertTrue(error(fetch(a.url("/f/loop/0/a"))).startsWith("a redirect loop"));
    }

    @Test
    void bodiesAreCheckedAndCapped() {
        assertTrue(error(fetch(a.url("/f/404/0/" + files.get(9)))).startsWith("HTTP 404"));
        assertTrue(error(fetch(a.url("/f/image/0/" + files.get(9)))).startsWith("not an HTML page (Content-Type: image/png"));
        long started = System.nanoTime();
        String huge = error(fetch("--max-page-size", "1M", a.url("/f/huge/0/" + files.get(9))));
        assertTrue(huge.contains("larger than --max-page-size"), huge);
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "an endless body is cut off at the limit");
        String bomb = error(fetch("--max-page-size", "1M", a.url("/f/gzip-bomb/0/" + files.get(9))));
        assertTrue(bomb.contains("larger than --max-page-size (1048576 bytes)"), "decompressed within the limit: " + bomb);
        String cut = error(fetch("--retries", "1", a.url("/f/cut/0/" + files.get(9))));
        assertTrue(cut.contains("closed") && cut.contains("2 attempts"), cut);
        String drip = error(fetch("--retries", "0", "--request-timeout", "1s", a.url("/f/drip/0/" + files.get(9))));
        assertTrue(drip.startsWith("timed out after 1 s"), drip);
    }

    @Test
    void gzipBodiesAndACharsetOnlyInTheHeaderReadRight() {
        JsonNode expected = Json.read(corpus.resolve("expected.json"));
        CliRun run = fetch(a.url("/f/gzip/0/" + files.get(0)), a.url("/f/deflate/0/" + files.get(0)),
                a.url("/f/header-charset/0/" + files.get(0)));
        List<JsonNode> records = records(run);
        assertEquals(3, records.size(), run.err());
        for (JsonNode record : records) {
            assertEquals(expected.get(0).get("values").toString(), record.get("values").toString(), record.toString());
            assertEquals(expected.get(0).get("product").asText(), record.get("product").asText());
        }
    }

    /** Regression: a saved .html.gz served as it is (no Content-Encoding) was refused as a binary file. */
    @Test
    void aGzippedFileServedAsItIsReadsAsAGzippedFileDoes() throws IOException {
        byte[] page = Files.readAllBytes(corpus.resolve(files.get(0)));
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(page);
        }
        Files.write(corpus.resolve("saved.html.gz"), zipped.toByteArray());
        JsonNode expected = Json.read(corpus.resolve("expected.json")).get(0);
        JsonNode record = only(fetch(a.url("/p/saved.html.gz")));
        assertEquals(expected.get("values").toString(), record.get("values").toString(), record.toString());
    }

    @Test
    void aCertificateThatCannotBeTrustedIsAnErrorRecordNotARetry() {
        try (PageServer secure = PageServer.startTls(corpus, "127.0.0.4")) {
            String error = error(fetch("--ignore-robots", secure.url("/p/" + files.get(0))));
            assertTrue(error.startsWith("TLS failed: "), error);
            assertTrue(secure.hits().isEmpty(), "no request went over a connection that was not trusted");
        }
    }

    @Test
    void aProxyFromTheEnvironmentIsUsed() {
        String url = "http://pages.example/p/" + files.get(10);
        CliRun run = CliRun.withVariables(java.util.Map.of("http_proxy", b.url("")), "-f", "jsonl", url);
        assertFalse(only(run).has("error"), run.out() + run.err());
        assertEquals(1, b.hits("/p/" + files.get(10)).size());
    }

    @Test
    void sitemapsListThePagesAndMatchFilters() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String f : files.subList(0, 5)) {
            xml.append("<url><loc>").append(a.url("/p/" + f)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        Path sitemap = dir.resolve("sitemap.xml");
        Files.writeString(sitemap, xml);
        CliRun run = fetch("--sitemap", sitemap.toString());
        assertEquals(5, records(run).size(), run.err());
        CliRun matched = fetch("--sitemap", sitemap.toString(), "--match", files.get(2).replace(".", "\\."));
        assertEquals(a.url("/p/" + files.get(2)), only(matched).get("source").asText());
        Files.writeString(corpus.resolve("sitemap.xml"), xml);
        CliRun fetched = fetch("--sitemap", a.url("/p/sitemap.xml"));
        assertEquals(5, records(fetched).size(), fetched.err());
        // an index naming a gzipped sitemap, both on disk
        Path gz = dir.resolve("sitemap.xml.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path index = Files.writeString(dir.resolve("index.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + gz.toUri()
                + "</loc></sitemap></sitemapindex>\n");
        CliRun indexed = fetch("--sitemap", index.toString());
        assertEquals(records(run).toString(), records(indexed).toString(), indexed.err());
        // another scheme is said to be one, as for a page (it was read as a file name)
        CliRun ftp = fetch("--sitemap", "ftp://pages.example/sitemap.xml");
        assertEquals("cannot fetch the sitemap: not an http or https URL", only(ftp).get("error").asText());
    }

    @Test
    void aWarcRecordedWhileFetchingReadsBackToTheSameRecords() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        List<String> urls = files.subList(11, 16).stream().map(f -> a.url("/p/" + f)).toList();
        List<String> args = new ArrayList<>(List.of("--warc", warc.toString()));
        args.addAll(urls);
        CliRun live = fetch(args.toArray(String[]::new));
        assertEquals(0, live.exit(), live.err());
        assertTrue(Files.size(warc) > 0);
        CliRun offline = fetch(warc.toString());
        // The archive holds the pages in the order they arrived.
        assertEquals(live.out().lines().sorted().toList(), offline.out().lines().sorted().toList());
        CliRun oneOnly = fetch("--match", files.get(12).replace(".", "\\."), warc.toString());
        assertEquals(urls.get(1), only(oneOnly).get("source").asText());
    }

    @Test
    void shardsOfAUrlListMergeToTheSingleRun() throws IOException {
        Path list = dir.resolve("urls.txt");
        Files.write(list, files.subList(0, 10).stream().map(f -> (f.hashCode() % 2 == 0 ? a : b).url("/p/" + f)).toList());
        Path parts = dir.resolve("url-parts");
        for (int k = 0; k < 3; k++) {
            CliRun part = CliRun.of("--list", list.toString(), "--shard", k + "/3", "--out-dir", parts.toString());
            assertEquals(0, part.exit(), part.err());
        }
        CliRun single = fetch("--list", list.toString());
        assertEquals(single.out(), CliRun.of("merge", parts.toString(), "-f", "jsonl").out());
        assertEquals(10, records(single).size());
    }

    @Test
    void aStopEndsFetchesInFlightAndLeavesOutputAndArchiveUntouched() throws Exception {
        Path out = dir.resolve("stopped.jsonl");
        Path warc = dir.resolve("stopped.warc.gz");
        Files.writeString(out, "before\n");
        Files.writeString(warc, "before\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.util.concurrent.atomic.AtomicReference<java.util.function.IntConsumer> stop = new java.util.concurrent.atomic.AtomicReference<>();
        io.nutriscan.cli.RunContext context = new io.nutriscan.cli.RunContext(new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.ByteArrayOutputStream(), new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                io.nutriscan.cli.Environment.NONE, stop::set);
        java.util.concurrent.CompletableFuture<Integer> exit = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                io.nutriscan.cli.Main.run(context, "--per-host", "2", "--ignore-robots", "-o", out.toString(), "--warc", warc.toString(),
                        a.url("/f/drip/0/" + files.get(1)), a.url("/f/drip/0/" + files.get(2)), a.url("/p/" + files.get(0) + "?waits")));
        // A cold test JVM takes seconds to load the web client's classes: wait for both requests to be out.
        for (int i = 0; i < 3000 && a.hits("/f/drip/0/" + files.get(2)).isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertFalse(a.hits("/f/drip/0/" + files.get(2)).isEmpty(), "both slow pages are being fetched");
        int waitingHits = a.hits("/p/" + files.get(0) + "?waits").size(); // 0 unless it got a slot before the slow ones
        long stopped = System.nanoTime();
        stop.get().accept(130);
        assertEquals(130, exit.get(20, java.util.concurrent.TimeUnit.SECONDS), err.toString());
        assertTrue(System.nanoTime() - stopped < Duration.ofSeconds(5).toNanos(), "requests in flight are cancelled: " + err);
        assertEquals("before\n", Files.readString(out));
        assertEquals("before\n", Files.readString(warc));
        // Regression test for "asserted after a 200 ms sleep that nothing arrived": the run's own record of
        // the waiting page says it ended unfetched, and a request it had sent would have been answered
        // (the page serves at once) and read, before the run could end.
        if (waitingHits == 0) {
            assertTrue(err.toString().contains(files.get(0) + "?waits: stopped before the page was fetched"), err.toString());
        }
        assertEquals(waitingHits, a.hits("/p/" + files.get(0) + "?waits").size(), "a page waiting for a slot is not requested after a stop");
    }

    @Test
    void anArchiveIsWrittenWholeOrNotAtAllAndAppendedToOnResume() throws IOException {
        Path warc = dir.resolve("whole.warc.gz");
        Files.writeString(warc, "before\n");
        CliRun refused = fetch("-o", dir.toString(), "--warc", warc.toString(), a.url("/p/" + files.get(0)));
        assertEquals(2, refused.exit(), refused.err());
        assertEquals("before\n", Files.readString(warc));

        Path out = dir.resolve("resumed.jsonl");
        Path resumedWarc = dir.resolve("resumed.warc.gz");
        String done = "/p/" + files.get(0) + "?resume";
        CliRun first = fetch("-o", out.toString(), "--warc", resumedWarc.toString(), a.url(done));
        assertEquals(0, first.exit(), first.err());
        long before = Files.size(resumedWarc);
        CliRun second = fetch("-o", out.toString(), "--resume", "--warc", resumedWarc.toString(), a.url(done),
                a.url("/p/" + files.get(1)));
        assertEquals(0, second.exit(), second.err());
        assertEquals(1, a.hits(done).size(), "a URL already in the output is not fetched again");
        assertTrue(Files.size(resumedWarc) > before, "appended to");
        assertEquals(2, fetch(resumedWarc.toString()).out().lines().count(), "both pages are in the archive");
    }

    @Test
    void aRevisitAsksOnlyWhetherPagesChangedAndGivesTheArchivedRecords() throws IOException {
        Path first = dir.resolve("first.warc.gz");
        Path again = dir.resolve("again.warc.gz");
        List<String> urls = files.subList(3, 6).stream().map(f -> a.url("/f/etag/0/" + f)).toList();
        List<String> args = new ArrayList<>(List.of("--warc", first.toString()));
        args.addAll(urls);
        CliRun live = fetch(args.toArray(String[]::new));
        assertEquals(0, live.exit(), live.err());
        assertEquals(0, a.notModified());

        args = new ArrayList<>(List.of("--revisit", first.toString(), "--warc", again.toString()));
        args.addAll(urls);
        CliRun revisit = fetch(args.toArray(String[]::new));
        assertEquals(0, revisit.exit(), revisit.err());
        assertEquals(3, a.notModified(), "each page asked for with its ETag, answered 304");
        assertEquals(live.out(), revisit.out(), "the archived bodies give the same records");
        assertTrue(revisit.err().contains("3 pages not modified since the archive (--revisit)"), revisit.err());
        // The new archive's revisit records stand for the first's responses when the two are read in one run
        // (regression test: a revisit found its original only in its own file, so a nightly archive read
        // back gave none of the unchanged pages).
        CliRun both = fetch(first.toString(), again.toString());
        assertEquals(0, both.exit(), both.err());
        List<String> twice = new ArrayList<>(live.out().lines().toList());
        twice.addAll(live.out().lines().toList());
        assertEquals(twice.stream().sorted().toList(), both.out().lines().sorted().toList());
        CliRun alone = fetch(again.toString());
        assertEquals(0, records(alone).size(), alone.out());
        assertTrue(alone.err().contains("3 revisits whose original was not read before them"), alone.err());

        CliRun missing = fetch("--revisit", dir.resolve("none.warc.gz").toString(), urls.getFirst());
        assertEquals(2, missing.exit(), missing.err());
    }

    @Test
    void aPageServedAsOctetStreamIsReadWhenItsBytesAreAPage() {
        CliRun live = fetch(a.url("/f/octet/0/" + files.get(7)));
        assertEquals(0, live.exit(), live.err());
        assertFalse(only(live).has("error"), live.out());
        assertEquals(only(fetch(a.url("/p/" + files.get(7)))).get("nutrients"), only(live).get("nutrients"));
    }
}
