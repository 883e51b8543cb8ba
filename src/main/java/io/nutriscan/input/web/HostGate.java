package io.nutriscan.input.web;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One host's politeness and pace. Requests in flight are at most the host's window (at most {@code perHost}),
 * and request starts are spaced by the host's interval, randomised 0.5–1.5× (as wget's --random-wait and Scrapy
 * do). Callers wait on virtual threads, so a waiting request holds no platform thread.
 * <p>
 * The pace adapts to what the server says, by AIMD, as TCP adapts to a network: a 429 or 503 halves the rate of
 * request starts and the window (a multiplicative decrease); every answer that succeeds adds back a little,
 * {@code 1/RECOVERY_ANSWERS} of the rate the last decrease left, so that the rate climbs back linearly (an
 * additive increase) toward --delay's rate and --per-host's window, and a limit is met again only every hundred
 * answers or so. 429s answering requests sent before the last decrease are one congestion event, not one each:
 * they only say what the decrease already acted on. Why AIMD rather than a latency target (Scrapy's AutoThrottle):
 * a rate limit answers 429 at any latency, and on a fast network a latency target sends far past the limit.
 * A Retry-After holds every request to the host until then; robots.txt's Crawl-delay and --delay are a floor
 * the interval never goes below.
 */
final class HostGate {

    /** The most a host is slowed down to by its own 429s and 503s. */
    static final Duration SLOW_DOWN_CEILING = Duration.ofMinutes(1);
    /** Answers that succeed for the rate to climb back by what the last decrease took away, in a straight line. */
    static final int RECOVERY_ANSWERS = 100;
    /** How many recent request starts estimate the rate a host was taking when it first pushed back. */
    private static final int RECENT = 16;

    private final int perHost;
    private final LongSupplier clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition slotFree = lock.newCondition();

    private long floorNanos;
    /** The interval between request starts; 0: no pacing (until the host first pushes back). */
    private long intervalNanos;
    /** What one answer that succeeds takes off the interval's rate, in requests per second. */
    private double ratePerAnswer;
    private double window;
    private int active;
    private long nextStartNanos;
    /** Moves when a decrease or a Retry-After changes the schedule: waiting requests then take a new start time. */
    private long epoch;
    private long started;
    /** Requests numbered up to this were sent before the last decrease: their 429s are that same event. */
    private long congestionMark = -1;
    private final long[] recentStarts = new long[RECENT];
    private long congestionEvents;

    HostGate(int perHost, Duration delay) {
        this(perHost, delay, System::nanoTime);
    }

    HostGate(int perHost, Duration delay, LongSupplier clock) {
        this.perHost = perHost;
        this.clock = clock;
        this.floorNanos = delay.toNanos();
        this.intervalNanos = floorNanos;
        this.window = perHost;
        this.nextStartNanos = clock.getAsLong();
    }

    /**
     * Waits for a place in the host's window and this request's start time; returns the request's number, to give
     * back to {@link #leave} and {@link #congested}.
     */
    long enter() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (active >= Math.max(1, (int) window)) {
                slotFree.await();
            }
            active++;
        } finally {
            lock.unlock();
        }
        try {
            while (true) {
                long wait;
                long myEpoch;
                lock.lock();
                try {
                    long now = clock.getAsLong();
                    long start = Math.max(now, nextStartNanos);
                    nextStartNanos = start + jittered(intervalNanos);
                    wait = start - now;
                    myEpoch = epoch;
                    if (wait <= 0) {
                        return startNow(now);
                    }
                } finally {
                    lock.unlock();
                }
                TimeUnit.NANOSECONDS.sleep(wait);
                lock.lock();
                try {
                    if (epoch == myEpoch) {
                        return startNow(clock.getAsLong());
                    }
                    // the schedule changed while this request waited: it takes a new start time
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            leave();
            throw e;
        }
    }

    private long startNow(long now) {
        recentStarts[(int) (started % RECENT)] = now;
        return started++;
    }

    /** The request is over (answered, or failed): its place in the window is free. */
    void leave() {
        lock.lock();
        try {
            active--;
            slotFree.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The host answered a request: the rate and the window climb back toward --delay's and --per-host's. */
    void answered() {
        lock.lock();
        try {
            if (intervalNanos > floorNanos) {
                double rate = 1e9 / intervalNanos + ratePerAnswer;
                intervalNanos = Math.max(floorNanos, (long) (1e9 / rate));
            }
            if (window < perHost) {
                window = Math.min(perHost, window + 1 / window);
                slotFree.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Request {@code request} was answered 429 or 503: half the rate and window, unless it was sent before the
     * last decrease (the same event); nothing before {@code retryAfter} (may be null) either way.
     */
    void congested(long request, Duration retryAfter) {
        lock.lock();
        try {
            long now = clock.getAsLong();
            if (retryAfter != null) {
                nextStartNanos = Math.max(nextStartNanos, now + retryAfter.toNanos());
                epoch++;
            }
            if (request <= congestionMark) {
                return;
            }
            congestionEvents++;
            congestionMark = started - 1;
            window = Math.max(1, window / 2);
            long pace = intervalNanos > 0 ? intervalNanos : recentGap();
            intervalNanos = Math.max(floorNanos, Math.min(SLOW_DOWN_CEILING.toNanos(), 2 * Math.max(pace, 1)));
            ratePerAnswer = 1e9 / intervalNanos / RECOVERY_ANSWERS;
            nextStartNanos = Math.max(nextStartNanos, now + intervalNanos);
            epoch++;
        } finally {
            lock.unlock();
        }
    }

    /** The mean gap between the recent request starts: the pace the host was taking. */
    private long recentGap() {
        int n = (int) Math.min(started, RECENT);
        if (n < 2) {
            return 1_000_000; // nothing to go by: 1 ms
        }
        long oldest = recentStarts[(int) ((started - n) % RECENT)];
        long newest = recentStarts[(int) ((started - 1) % RECENT)];
        return Math.max(1, (newest - oldest) / (n - 1));
    }

    /** robots.txt's Crawl-delay: the interval is at least this from now on. */
    void atLeast(Duration interval) {
        lock.lock();
        try {
            floorNanos = Math.max(floorNanos, interval.toNanos());
            intervalNanos = Math.max(intervalNanos, floorNanos);
        } finally {
            lock.unlock();
        }
    }

    Duration interval() {
        lock.lock();
        try {
            return Duration.ofNanos(intervalNanos);
        } finally {
            lock.unlock();
        }
    }

    double window() {
        lock.lock();
        try {
            return window;
        } finally {
            lock.unlock();
        }
    }

    /** How many times the host pushed back (bursts of 429s counted once). */
    long congestionEvents() {
        lock.lock();
        try {
            return congestionEvents;
        } finally {
            lock.unlock();
        }
    }

    private static long jittered(long nanos) {
        return nanos == 0 ? 0 : (long) (nanos * ThreadLocalRandom.current().nextDouble(0.5, 1.5));
    }
}
