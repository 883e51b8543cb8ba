package io.nutriscan.engine;

import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    private static List<PageInput> inputs(int n) {
        return LongStream.range(0, n).mapToObj(i -> PageInput.of(i, "page-" + i, Path.of("page-" + i))).toList();
    }

    /** Work that finishes in a shuffled order: later pages often overtake earlier ones. */
    private static PageRecord slowAtRandom(PageInput input) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new PageRecord(input, new PageResult.Failure("done " + input.index()));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void recordsComeOutInInputOrderWhateverOrderTheyFinishIn(EngineKind engine) throws Exception {
        List<String> seen = new ArrayList<>();
        Pipeline.Outcome outcome = new Pipeline(new Settings(engine, 16, 64, 2), PipelineTest::slowAtRandom)
                .run(inputs(500), r -> seen.add(r.source()));
        assertEquals(500, outcome.written());
        assertFalse(outcome.stoppedEarly());
        assertEquals(inputs(500).stream().map(PageInput::source).toList(), seen);
    }

    @Test
    void jobPermitsBoundPagesInWorkAndWindowPermitsBoundPagesNotYetWritten() throws Exception {
        AtomicInteger inWork = new AtomicInteger();
        AtomicInteger maxInWork = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Function<PageInput, PageRecord> work = input -> {
            started.incrementAndGet();
            maxAhead.accumulateAndGet(started.get() - written.get(), Math::max);
            maxInWork.accumulateAndGet(inWork.incrementAndGet(), Math::max);
            try {
                // The first page is very slow: everything else piles up behind it in the window.
                Thread.sleep(input.index() == 0 ? 300 : 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inWork.decrementAndGet();
            return new PageRecord(input, new PageResult.Failure("x"));
        };
        new Pipeline(new Settings(EngineKind.VIRTUAL, 8, 40, 2), work).run(inputs(400), r -> {
            written.incrementAndGet();
            return true;
        });
        assertEquals(400, written.get());
        assertTrue(maxInWork.get() <= 8, "pages in work at once: " + maxInWork.get());
        assertTrue(maxInWork.get() >= 4, "work ran concurrently: " + maxInWork.get());
        assertTrue(maxAhead.get() <= 40, "pages started but not written: " + maxAhead.get());
        assertTrue(maxAhead.get() >= 30, "the window was used: " + maxAhead.get());
    }

    @Test
    void aPageWhoseWorkThrowsBecomesItsOwnErrorRecord() throws Exception {
        List<PageRecord> out = new ArrayList<>();
        new Pipeline(new Settings(EngineKind.VIRTUAL, 4, 16, 2), input -> {
            if (input.index() == 3) {
                throw new IllegalStateException("boom");
            }
            return new PageRecord(input, new PageResult.Failure("fine"));
        }).run(inputs(10), out::add);
        assertEquals(10, out.size());
        assertEquals("internal error while reading the page: java.lang.IllegalStateException: boom",
                ((PageResult.Failure) out.get(3).result()).reason());
    }

    @Test
    void theSinkCanStopTheRun() throws Exception {
        List<String> seen = new ArrayList<>();
        Pipeline.Outcome outcome = new Pipeline(new Settings(EngineKind.VIRTUAL, 4, 16, 2), PipelineTest::slowAtRandom)
                .run(inputs(1000), r -> {
                    seen.add(r.source());
                    return r.input().index() < 5;
                });
        assertTrue(outcome.stoppedEarly());
        assertEquals(List.of("page-0", "page-1", "page-2", "page-3", "page-4", "page-5"), seen);
    }

    @Test
    void aSinkFailureEndsTheRunWithThatFailure() {
        IOException e = assertThrows(IOException.class, () -> new Pipeline(new Settings(EngineKind.PLATFORM, 4, 16, 2),
                PipelineTest::slowAtRandom).run(inputs(100), r -> {
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", e.getMessage());
    }

    @Test
    void noInputsIsAnEmptyRun() throws Exception {
        assertEquals(0, new Pipeline(new Settings(EngineKind.VIRTUAL, 4, 16, 2), PipelineTest::slowAtRandom)
                .run(List.of(), r -> true).written());
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"VIRTUAL", "PLATFORM"})
    void aPageThatHangsTimesOutAndTheRunGoesOn(EngineKind engine) throws Exception {
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        List<PageRecord> out = new ArrayList<>();
        long started = System.nanoTime();
        new Pipeline(new Settings(engine, 2, 16, 2, java.time.Duration.ofMillis(300)), input -> {
            if (input.index() == 3 || input.index() == 4) {
                try {
                    never.await(); // a read on a dead mount, a parse that never ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new PageRecord(input, new PageResult.Failure("came back after all"));
            }
            return new PageRecord(input, new PageResult.Failure("fine"));
        }).run(inputs(40), out::add);
        assertEquals(40, out.size());
        assertEquals("timed out after 0.3 s (--page-timeout)", ((PageResult.Failure) out.get(3).result()).reason());
        assertEquals("timed out after 0.3 s (--page-timeout)", ((PageResult.Failure) out.get(4).result()).reason());
        assertEquals("fine", ((PageResult.Failure) out.get(39).result()).reason());
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "the run did not wait for the hung pages");
    }

    /** Regression test for "the stop had to land within 300 ms, while the pages in flight slept". */
    @Test
    void aStopLetsTheStartedPagesFinishAndStartsNoMore() throws Exception {
        AtomicInteger startedPages = new AtomicInteger();
        java.util.concurrent.CountDownLatch fourStarted = new java.util.concurrent.CountDownLatch(4);
        java.util.concurrent.CountDownLatch stopRequested = new java.util.concurrent.CountDownLatch(1);
        Pipeline pipeline = new Pipeline(new Settings(EngineKind.VIRTUAL, 4, 16, 2), input -> {
            startedPages.incrementAndGet();
            fourStarted.countDown();
            try {
                // No page finishes before the stop is asked for, so no permit frees up for a fifth page.
                assertTrue(stopRequested.await(30, java.util.concurrent.TimeUnit.SECONDS), "the stop came");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PageRecord(input, new PageResult.Failure("done"));
        });
        List<PageRecord> out = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> {
            try {
                if (fourStarted.await(30, java.util.concurrent.TimeUnit.SECONDS)) { // -j 4: four pages in flight
                    pipeline.stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopRequested.countDown();
            }
        });
        Pipeline.Outcome outcome = pipeline.run(inputs(1000), out::add);
        assertTrue(outcome.stopped());
        assertEquals(4, startedPages.get(), "only the pages in flight when the stop came");
        assertEquals(4, out.size(), "and they were all written");
        assertEquals("page-3", out.get(3).source());
    }

    @Test
    void settingsRefuseAWindowSmallerThanTheConcurrency() {
        assertThrows(IllegalArgumentException.class, () -> new Settings(EngineKind.VIRTUAL, 8, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> new Settings(EngineKind.VIRTUAL, 0, 4, 2));
    }
}
