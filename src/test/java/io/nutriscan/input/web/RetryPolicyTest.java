package io.nutriscan.input.web;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a fetch is tried again, how long it waits first, and how its failure reads. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(new FetchOptions(2, Duration.ZERO, true, "nutriscan/test", 3,
            Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 1 << 20));

    @Test
    void transientStatusesAreRetriedAndTheRestAreNot() {
        for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
            assertTrue(RetryPolicy.retryable(status), "" + status);
        }
        for (int status : new int[] {200, 301, 304, 400, 403, 404, 410, 501}) {
            assertFalse(RetryPolicy.retryable(status), "" + status);
        }
    }

    @Test
    void theBackoffDoublesWithJitterAndStaysWithinTheLongestWait() {
        for (int i = 0; i < 200; i++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                double base = 1000 * Math.pow(2, attempt - 1);
                long millis = policy.backoff(attempt).toMillis();
                assertTrue(millis >= 0.5 * base - 1 && millis <= 1.5 * base + 1, "attempt " + attempt + ": " + millis + " ms");
            }
            assertTrue(policy.backoff(10).compareTo(Duration.ofSeconds(30)) <= 0, "capped by --max-retry-wait");
        }
    }

    @Test
    void aThrottledHostIsRetriedOnItsOwnPaceNotASecondsBackoff() {
        for (int i = 0; i < 200; i++) {
            // a host paced at one request per 50 ms: 4 x 50 ms, jittered, then doubled
            long first = policy.congestedBackoff(1, Duration.ofMillis(50)).toMillis();
            assertTrue(first >= 100 && first <= 300, first + " ms");
            long second = policy.congestedBackoff(2, Duration.ofMillis(50)).toMillis();
            assertTrue(second >= 200 && second <= 600, second + " ms");
            // a slow host's pace never waits longer than the plain backoff would (1 s, jittered twice)
            assertTrue(policy.congestedBackoff(1, Duration.ofSeconds(10)).toMillis() <= 1500 * 1.5 + 1);
        }
    }

    @Test
    void failuresThatAnotherAttemptCannotMendAreSaidAtOnce() {
        assertEquals("unknown host: nowhere.example", RetryPolicy.permanentFailure(new UnknownHostException("nowhere.example")));
        assertEquals("TLS failed: bad certificate", RetryPolicy.permanentFailure(new SSLHandshakeException("bad certificate")));
        assertNull(RetryPolicy.permanentFailure(new ConnectException("Connection refused")));
        assertNull(RetryPolicy.permanentFailure(new TimeoutException()));
    }

    @Test
    void otherFailuresReadAsWhatHappened() {
        assertEquals("timed out after 30 s (--request-timeout)", policy.describe(new TimeoutException()));
        assertEquals("could not connect: Connection refused: localhost/127.0.0.1:1",
                policy.describe(new ConnectException("Connection refused: localhost/127.0.0.1:1")));
        assertEquals("the connection was closed before the response was complete",
                policy.describe(new IllegalStateException("Connection was closed")));
        assertEquals("the connection was reset", policy.describe(new java.io.IOException("Connection reset by peer")));
        assertEquals("the request failed: boom", policy.describe(new RuntimeException("boom")));
    }
}
