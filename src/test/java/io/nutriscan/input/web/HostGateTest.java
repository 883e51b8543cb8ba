package io.nutriscan.input.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostGateTest {

    @Test
    void noMoreThanPerHostAreInsideAtOnce() throws Exception {
        HostGate gate = new HostGate(3, Duration.ZERO);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Thread[] threads = new Thread[20];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Thread.ofVirtual().start(() -> {
                try {
                    gate.enter();
                    try {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(5);
                        inside.decrementAndGet();
                    } finally {
                        gate.leave();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(3, most.get());
    }

    @Test
    void startsAreSpacedByTheDelayRandomised() throws Exception {
        HostGate gate = new HostGate(10, Duration.ofMillis(40));
        long first = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            gate.enter();
            gate.leave();
        }
        long spent = System.nanoTime() - first;
        assertTrue(spent >= Duration.ofMillis(4 * 20).toNanos(), "4 gaps of at least half the delay: " + spent / 1_000_000 + " ms");
        gate.atLeast(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), gate.interval());
    }

    /** A clock the test moves: the gate's decisions, not the machine's speed, are what is checked. */
    private static final class Clock implements java.util.function.LongSupplier {
        long now = 1_000_000_000L;

        @Override
        public long getAsLong() {
            return now;
        }
    }

    /**
     * Regression test for "each 429 doubled the host's interval for good": a 429 halves the rate the host was
     * taking, answers that succeed bring it back linearly, and the window follows.
     */
    @Test
    void aPushBackHalvesTheRateAndAnswersBringItBackToTheDelay() throws Exception {
        Clock clock = new Clock();
        HostGate gate = new HostGate(8, Duration.ZERO, clock);
        long last = 0;
        for (int i = 0; i < 16; i++) { // 16 starts 10 ms apart: 100 requests a second
            last = gate.enter();
            gate.leave();
            gate.answered();
            clock.now += 10_000_000;
        }
        gate.congested(last, null);
        assertEquals(Duration.ofMillis(20), gate.interval(), "half the rate it was taking: 50 a second");
        assertEquals(4.0, gate.window(), 0.0);
        assertEquals(1, gate.congestionEvents());
        for (int i = 0; i < HostGate.RECOVERY_ANSWERS; i++) {
            gate.answered();
        }
        assertEquals(10_000_000, gate.interval().toNanos(), 100_000, "back to the rate before, after the recovery's answers");
        for (int i = 0; i < 20 * HostGate.RECOVERY_ANSWERS; i++) {
            gate.answered();
        }
        assertTrue(gate.interval().toNanos() < 1_000_000, "on toward --delay (none): " + gate.interval());
        assertEquals(8.0, gate.window(), 0.0, "and the window back to --per-host");
    }

    /** Regression test for "four 429s in the first burst left the host at one page every 8 s". */
    @Test
    void aBurstOf429sToTheSameWindowIsOneEvent() throws Exception {
        Clock clock = new Clock();
        HostGate gate = new HostGate(8, Duration.ZERO, clock);
        long[] requests = new long[8];
        for (int i = 0; i < 8; i++) {
            requests[i] = gate.enter();
            clock.now += 1_000_000;
        }
        for (long request : requests) {
            gate.leave();
            gate.congested(request, null);
        }
        assertEquals(1, gate.congestionEvents(), "eight 429s answering requests sent before the decrease");
        assertEquals(Duration.ofMillis(2), gate.interval());
        long after = gate.enter();
        gate.leave();
        gate.congested(after, null);
        assertEquals(2, gate.congestionEvents(), "a request sent after the decrease is news");
        assertEquals(Duration.ofMillis(4), gate.interval());
    }

    @Test
    void theDelayAndCrawlDelayAreAFloorAndTheCeilingHolds() {
        Clock clock = new Clock();
        HostGate gate = new HostGate(2, Duration.ofMillis(300), clock);
        for (int i = 0; i < 20; i++) {
            gate.congested(Long.MAX_VALUE - 20 + i, null);
        }
        assertEquals(HostGate.SLOW_DOWN_CEILING, gate.interval());
        for (int i = 0; i < 1000 * HostGate.RECOVERY_ANSWERS; i++) {
            gate.answered();
        }
        assertEquals(Duration.ofMillis(300), gate.interval(), "never faster than --delay");
    }

    @Test
    void aRetryAfterHoldsEveryRequestToTheHost() throws Exception {
        HostGate gate = new HostGate(2, Duration.ZERO);
        gate.congested(-1, Duration.ofMillis(300));
        long started = System.nanoTime();
        gate.enter();
        gate.leave();
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(290).toNanos());
    }
}
