package io.nutriscan.input.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages are fetched from the web.
 *
 * @param perHost        requests in flight to one host at most
 * @param delay          between two request starts to one host, randomised 0.5–1.5× (zero: none)
 * @param obeyRobots     fetch each host's robots.txt once and obey it
 * @param userAgent      the User-Agent header; its first word is the name robots.txt rules are matched against
 * @param retries        further attempts after a transient failure (408, 429, 5xx gateways, a timeout, a reset)
 * @param maxRetryWait   the longest wait for one retry that a server may ask for; longer is an error record
 * @param backoff        the first retry's wait when the server names none; doubled at each further attempt
 * @param connectTimeout per attempt
 * @param requestTimeout per attempt, from the request to the body's last byte
 * @param maxPageSize    larger bodies (after decompression) are cut off and become an error record
 */
public record FetchOptions(int perHost, Duration delay, boolean obeyRobots, String userAgent, int retries,
                           Duration maxRetryWait, Duration backoff, Duration connectTimeout, Duration requestTimeout,
                           long maxPageSize) {

    public static final int DEFAULT_PER_HOST = 2;
    public static final int DEFAULT_RETRIES = 3;
    public static final Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Redirects followed for one page; one more is an error record. */
    public static final int MAX_REDIRECTS = 10;

    public FetchOptions {
        Objects.requireNonNull(delay);
        Objects.requireNonNull(userAgent);
        if (perHost < 1) {
            throw new IllegalArgumentException("--per-host must be at least 1");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("--retries cannot be negative");
        }
        if (delay.isNegative() || maxRetryWait.isNegative() || backoff.isNegative()) {
            throw new IllegalArgumentException("durations cannot be negative");
        }
        if (connectTimeout.isZero() || connectTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxPageSize <= 0) {
            throw new IllegalArgumentException("--max-page-size must be positive");
        }
    }

    /** The name robots.txt groups are matched against: the user agent's product token, lower case. */
    public String robotName() {
        String first = userAgent.strip().split("[/\\s]", 2)[0];
        return first.isEmpty() ? "nutriscan" : first.toLowerCase(java.util.Locale.ROOT);
    }
}
