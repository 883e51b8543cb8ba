package io.nutriscan.input.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One host's politeness: at most {@code perHost} requests in flight, and request starts spaced by the host's
 * interval, randomised 0.5–1.5× (as wget's --random-wait and Scrapy do). The interval starts at --delay, is
 * raised by robots.txt's Crawl-delay, and doubles (at least to {@link #SLOW_DOWN_FLOOR}) each time the
 * host answers 429 or 503; a Retry-After from it also holds every request to it until then. Callers wait on
 * virtual threads, so a waiting request holds no platform thread.
 */
final class HostGate {

    /** The least interval after a host said it is overloaded. */
    static final Duration SLOW_DOWN_FLOOR = Duration.ofSeconds(1);
    /** The most a host is slowed down to by its own 429s and 503s. */
    static final Duration SLOW_DOWN_CEILING = Duration.ofMinutes(1);

    private final Semaphore inFlight;
    private long intervalNanos;
    private long nextStartNanos = System.nanoTime();

    HostGate(int perHost, Duration delay) {
        this.inFlight = new Semaphore(perHost, true);
        this.intervalNanos = delay.toNanos();
    }

    /** Waits for a free slot and this request's start time; {@link #leave} must follow. */
    void enter() throws InterruptedException {
        inFlight.acquire();
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, nextStartNanos);
            nextStartNanos = start + jittered(intervalNanos);
            wait = start - now;
        }
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                inFlight.release();
                throw e;
            }
        }
    }

    void leave() {
        inFlight.release();
    }

    /** robots.txt's Crawl-delay: the interval is at least this from now on. */
    synchronized void atLeast(Duration interval) {
        intervalNanos = Math.max(intervalNanos, interval.toNanos());
    }

    /** The host answered 429 or 503: slower from now on, and nothing before {@code retryAfter} (may be null). */
    synchronized void slowDown(Duration retryAfter) {
        intervalNanos = Math.min(SLOW_DOWN_CEILING.toNanos(), Math.max(SLOW_DOWN_FLOOR.toNanos(), 2 * intervalNanos));
        if (retryAfter != null) {
            nextStartNanos = Math.max(nextStartNanos, System.nanoTime() + retryAfter.toNanos());
        }
    }

    synchronized Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }

    private static long jittered(long nanos) {
        return nanos == 0 ? 0 : (long) (nanos * ThreadLocalRandom.current().nextDouble(0.5, 1.5));
    }
}
