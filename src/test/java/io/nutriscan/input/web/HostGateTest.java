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
    void startsAreSpacedByTheDelayRandomisedAndSlowDownDoublesIt() throws Exception {
        HostGate gate = new HostGate(10, Duration.ofMillis(40));
        long first = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            gate.enter();
            gate.leave();
        }
        long spent = System.nanoTime() - first;
        assertTrue(spent >= Duration.ofMillis(4 * 20).toNanos(), "4 gaps of at least half the delay: " + spent / 1_000_000 + " ms");
        gate.slowDown(null);
        assertEquals(HostGate.SLOW_DOWN_FLOOR, gate.interval(), "slowed to at least the floor");
        gate.slowDown(null);
        assertEquals(HostGate.SLOW_DOWN_FLOOR.multipliedBy(2), gate.interval());
        gate.atLeast(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), gate.interval());
    }

    @Test
    void aRetryAfterHoldsEveryRequestToTheHost() throws Exception {
        HostGate gate = new HostGate(2, Duration.ZERO);
        gate.slowDown(Duration.ofMillis(300));
        long started = System.nanoTime();
        gate.enter();
        gate.leave();
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(290).toNanos());
    }
}
