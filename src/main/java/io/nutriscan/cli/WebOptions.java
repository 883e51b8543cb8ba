package io.nutriscan.cli;

import io.nutriscan.input.web.ExchangeRecorder;
import io.nutriscan.input.web.FetchOptions;
import io.nutriscan.input.web.Fetcher;
import io.nutriscan.input.web.ProxyChoice;
import io.nutriscan.input.web.RevisitArchive;
import io.nutriscan.input.web.WebSession;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How a run fetches from the web: sitemaps, filters, archives, and the politeness of every request. */
final class WebOptions {

    @Option(names = "--sitemap", paramLabel = "URL|FILE",
            description = "Fetch the pages a sitemap or sitemap index lists (XML, text or RSS; gzipped or not). Repeatable; "
                    + "read after the PATHs and lists.")
    List<String> sitemaps = new ArrayList<>();

    @Option(names = "--match", paramLabel = "REGEX",
            description = "Keep only URLs in which REGEX finds a match (URL inputs, sitemap URLs, WARC records); files are "
                    + "not filtered.")
    Pattern match;

    @Option(names = "--warc", paramLabel = "FILE",
            description = "Record every fetch in FILE (WARC/1.1 request and response records, one gzip member each), written "
                    + "as -o is: the complete archive or untouched; appended to with --resume.")
    Path warc;

    @Option(names = "--revisit", paramLabel = "FILE",
            description = "An earlier crawl's WARC file (repeatable): a URL it holds with an ETag or Last-Modified is asked for "
                    + "only if it changed (If-None-Match / If-Modified-Since); on 304 Not Modified its archived body is used, "
                    + "and --warc records a revisit record pointing at it.")
    List<Path> revisit = new ArrayList<>();

    @Option(names = "--per-host", paramLabel = "N", description = "Requests in flight to one host at most (default: 2).")
    int perHost = FetchOptions.DEFAULT_PER_HOST;

    @Option(names = "--delay", paramLabel = "DURATION", converter = Converters.DelayValue.class,
            description = "Between two request starts to one host, randomised 0.5-1.5x (default: 0). robots.txt's Crawl-delay "
                    + "raises it; 429 and 503 answers slow the host down for the rest of the run.")
    Duration delay = Duration.ZERO;

    @Option(names = "--ignore-robots", description = "Do not fetch or obey robots.txt (it is obeyed by default).")
    boolean ignoreRobots;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "The User-Agent header; its first word is the name robots.txt rules are matched to "
                    + "(default: nutriscan/VERSION).")
    String userAgent;

    @Option(names = "--retries", paramLabel = "N",
            description = "Further attempts after 408, 429, 500, 502, 503, 504, a timeout or a dropped connection, with "
                    + "exponential backoff and jitter; a Retry-After is waited for (default: 3).")
    int retries = FetchOptions.DEFAULT_RETRIES;

    @Option(names = "--retry-backoff", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "The first retry's wait when the server names none, doubled at each further one (default: 1s).")
    Duration retryBackoff = FetchOptions.DEFAULT_BACKOFF;

    @Option(names = "--max-retry-wait", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "The longest Retry-After waited for; a server that asks for more makes the page an error record "
                    + "(default: 5m).")
    Duration maxRetryWait = FetchOptions.DEFAULT_MAX_RETRY_WAIT;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "Per attempt (default: 10s).")
    Duration connectTimeout = FetchOptions.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--request-timeout", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "Per attempt, from the request to the body's last byte (default: 30s).")
    Duration requestTimeout = FetchOptions.DEFAULT_REQUEST_TIMEOUT;

    /**
     * The run's way onto the web, whole: nothing is opened until a URL or a sitemap is fetched. {@code warc}: where
     * the fetches are recorded (--warc), or null; {@code listener}: told of the network as it goes.
     */
    WebSession session(RunContext context, long maxPageSize, ExchangeRecorder warc, Fetcher.Listener listener) {
        FetchOptions fetch;
        ProxyChoice proxies;
        try {
            fetch = new FetchOptions(perHost, delay, !ignoreRobots, userAgent != null ? userAgent : defaultUserAgent(),
                    retries, maxRetryWait, retryBackoff, connectTimeout, requestTimeout, maxPageSize);
            proxies = ProxyChoice.fromEnvironment(context.environment().variables());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        RevisitArchive archived = null;
        if (!revisit.isEmpty()) {
            try {
                archived = new RevisitArchive(revisit);
            } catch (IOException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return new WebSession(context.vertx(), fetch, proxies, archived, warc == null ? ExchangeRecorder.NONE : warc, listener);
    }

    static String defaultUserAgent() {
        try {
            return new VersionProvider().getVersion()[0].replace(' ', '/');
        } catch (IOException e) {
            return "nutriscan";
        }
    }
}
