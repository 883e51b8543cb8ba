package io.nutriscan.input.web;

import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * When the fetcher tries again, how long it waits, and how a failure is worded in the page's error record: 408, 429
 * and 5xx but 501 are retried, as are timeouts and dropped connections; an unknown host, a TLS failure or a body over
 * the limit are not.
 */
final class RetryPolicy {

    private final FetchOptions options;

    RetryPolicy(FetchOptions options) {
        this.options = options;
    }

    /** Whether an answer with this status is worth another attempt. */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration jittered(Duration d) {
        return Duration.ofNanos((long) (d.toNanos() * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
    }

    /** Exponential backoff with full jitter around it: base × 2^(attempt-1) × 0.5–1.5, within --max-retry-wait. */
    Duration backoff(int attempt) {
        double base = options.backoff().toNanos() * Math.pow(2, attempt - 1);
        long nanos = (long) Math.min(options.maxRetryWait().toNanos(), base * ThreadLocalRandom.current().nextDouble(0.5, 1.5));
        return Duration.ofNanos(nanos);
    }

    /**
     * The wait before retrying a 429 or 503 that named no Retry-After: a backoff on the host's own pace, not a second's
     * (the pace already slowed): 4 times its interval, doubled each attempt, jittered, and never more than
     * {@link #backoff}; long enough for a rate limit's bucket to have room, short enough not to idle a fast host.
     */
    Duration congestedBackoff(int attempt, Duration interval) {
        return jittered(min(backoff(attempt), interval.multipliedBy(4L << (attempt - 1))));
    }

    /** Why a failure is not worth another attempt, in the page's words; null when it is. */
    static String permanentFailure(Throwable failure) {
        if (failure instanceof CappedBody.TooLarge) {
            return failure.getMessage();
        }
        if (failure instanceof UnknownHostException) {
            return "unknown host: " + failure.getMessage();
        }
        if (failure instanceof SSLException) {
            return "TLS failed: " + failure.getMessage();
        }
        return null;
    }

    String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "timed out after " + options.requestTimeout().toSeconds() + " s (--request-timeout)";
        }
        String name = failure.getClass().getSimpleName();
        String message = failure.getMessage();
        if (name.contains("ConnectTimeout")) {
            return "could not connect within " + options.connectTimeout().toSeconds() + " s (--connect-timeout)";
        }
        if (failure instanceof java.net.ConnectException || name.contains("Connect")) {
            return "could not connect: " + (message == null ? name : message);
        }
        if (message != null && message.toLowerCase(Locale.ROOT).contains("closed")) {
            return "the connection was closed before the response was complete";
        }
        if (message != null && message.toLowerCase(Locale.ROOT).contains("reset")) {
            return "the connection was reset";
        }
        return "the request failed: " + (message == null ? name : message);
    }
}
