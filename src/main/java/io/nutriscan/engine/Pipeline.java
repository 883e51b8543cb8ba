package io.nutriscan.engine;

import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.RecordSink;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The Mutiny pipeline: inputs flow in order; each is started on its own task (a virtual thread by
 * default) once two permits are taken, and results flow out in input order whatever order they
 * finish in.
 * <ul>
 * <li>a job permit ({@code -j}) bounds the pages being read and parsed at once; it is taken before
 * the task's thread is started, so threads never pile up;</li>
 * <li>a window permit bounds the pages started but not yet written, finished or not: the reorder
 * window. A slow page holds back at most {@code window} results, so memory follows the window, never
 * the number of pages.</li>
 * </ul>
 * One page's failure is that page's record; only the sink can stop the run.
 */
public final class Pipeline {

    /**
     * How many records reached the sink; whether the sink stopped the run before the inputs ran out; whether
     * {@link #stop()} did.
     */
    public record Outcome(long written, boolean stoppedEarly, boolean stopped) {
    }

    private final Settings settings;
    private final Function<PageInput, PageRecord> work;
    private volatile InOrderWriter current;
    private volatile boolean stopRequested;
    private volatile boolean ended;
    private final AtomicLong started = new AtomicLong();

    public Pipeline(Settings settings, Function<PageInput, PageRecord> work) {
        this.settings = settings;
        this.work = work;
    }

    public Outcome run(Iterable<PageInput> inputs, RecordSink sink) throws IOException, InterruptedException {
        Semaphore windowPermits = new Semaphore(settings.window());
        Semaphore jobPermits = new Semaphore(settings.concurrency());
        ExecutorService pages = settings.engine().executor(settings.concurrency());
        ExecutorService fetches = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("nutriscan-fetch-", 0).factory());
        ExecutorService feeder = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "nutriscan-feeder");
            t.setDaemon(true);
            return t;
        });
        ScheduledThreadPoolExecutor timeouts = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "nutriscan-page-timeouts");
            t.setDaemon(true);
            return t;
        });
        timeouts.setRemoveOnCancelPolicy(true);
        InOrderWriter writer = new InOrderWriter(sink, windowPermits);
        current = writer;
        try {
            Multi.createFrom().iterable(untilStopped(inputs))
                    .onItem().transform(input -> start(input, windowPermits, jobPermits, pages, fetches, timeouts))
                    .runSubscriptionOn(feeder)
                    // Started tasks wait here in input order; the window permits keep this buffer within its size.
                    .onOverflow().buffer(settings.window())
                    // A page that was never started (the run stopped first) completes empty and gives no record.
                    .onItem().transformToUniAndConcatenate(result -> Uni.createFrom().completionStage(result))
                    .subscribe().withSubscriber(writer);
            Outcome outcome = writer.await();
            // A stop that let the inputs end early is a stop too, though the stream completed normally.
            return stopRequested ? new Outcome(outcome.written(), outcome.stoppedEarly(), true) : outcome;
        } finally {
            ended = true;
            feeder.shutdownNow();
            pages.shutdown();
            fetches.shutdown();
            timeouts.shutdownNow();
        }
    }

    /**
     * Stops a running {@link #run} from another thread (a signal handler): no new page is started; the
     * pages already started are finished and written, for at most {@link #DRAIN_LIMIT}; then {@code run}
     * returns with {@link Outcome#stopped()} set, even while the inputs are blocked (a path list on a pipe
     * that has not ended).
     */
    public void stop() {
        stopRequested = true;
        Thread.ofVirtual().name("nutriscan-drain").start(() -> {
            // Pages already started get DRAIN_LIMIT to finish and be written; then the run ends regardless
            // (the inputs may be blocked on a pipe that never ends, or a page may hang).
            long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    InOrderWriter writer = current;
                    if (writer != null && writer.written() >= started.get()) {
                        break;
                    }
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            InOrderWriter writer = current;
            if (writer != null) {
                writer.stopFromOutside();
            }
        });
    }

    /** How long a stopped run waits for the pages it had started. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);

    /** The inputs, ending early once a stop was requested: no page is started after it. */
    private Iterable<PageInput> untilStopped(Iterable<PageInput> inputs) {
        return () -> {
            Iterator<PageInput> it = inputs.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return !stopRequested && it.hasNext() && !stopRequested;
                    } catch (RuntimeException e) {
                        if (stopRequested || ended) {
                            return false; // the run is over: a list that fails now (stdin closed under it) concerns no one
                        }
                        throw e;
                    }
                }

                @Override
                public PageInput next() {
                    return it.next();
                }
            };
        };
    }

    /** A page the run ended before starting: it completes empty, and nothing is written for it. */
    private static CompletableFuture<PageRecord> notStarted() {
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<PageRecord> start(PageInput input, Semaphore windowPermits, Semaphore jobPermits,
                                                ExecutorService pages, ExecutorService fetches,
                                                ScheduledExecutorService timeouts) {
        // A URL waits on the network, not on a disk or a core: it takes no job permit (the fetcher's per-host
        // limits bound it, the window bounds how many are out), and runs on a virtual thread whatever the engine.
        boolean remote = input.remote();
        try {
            windowPermits.acquire();
            if (!remote) {
                jobPermits.acquire();
            }
        } catch (InterruptedException e) {
            // Only after the run has ended (its subscription cancelled): nothing will read this page.
            Thread.currentThread().interrupt();
            return notStarted();
        }
        if (stopRequested) {
            // Taken from the inputs just before the stop came: not started, not written.
            if (!remote) {
                jobPermits.release();
            }
            windowPermits.release();
            return notStarted();
        }
        started.incrementAndGet();
        CompletableFuture<PageRecord> result = new CompletableFuture<>();
        AtomicBoolean jobDone = new AtomicBoolean();
        AtomicReference<Thread> worker = new AtomicReference<>();
        Runnable releaseJob = () -> {
            if (jobDone.compareAndSet(false, true) && !remote) {
                jobPermits.release();
            }
        };
        try {
            (remote ? fetches : pages).execute(() -> {
                worker.set(Thread.currentThread());
                PageRecord record;
                try {
                    record = work.apply(input);
                } catch (RuntimeException | StackOverflowError e) {
                    record = PageWork.failed(input, "internal error while reading the page: " + e);
                } finally {
                    worker.set(null);
                    releaseJob.run();
                }
                result.complete(record);
            });
        } catch (RejectedExecutionException e) {
            // The page executor is shut down: the run has ended and nothing will read this page.
            releaseJob.run();
            return notStarted();
        }
        if (!result.isDone() && !remote) {
            // A fetch has its own timeouts (--connect-timeout, --request-timeout, --max-retry-wait).
            // A page that hangs (a dead network mount, a pathological parse) becomes its own error record and
            // gives its job permit back, so the run goes on; its thread is interrupted and left to finish.
            long millis = settings.pageTimeout().toMillis();
            ScheduledFuture<?> timeout;
            try {
                timeout = timeouts.schedule(() -> {
                    if (result.complete(PageWork.failed(input, "timed out after " + seconds(settings.pageTimeout())
                            + " s (--page-timeout)"))) {
                        releaseJob.run();
                        Thread stuck = worker.get();
                        if (stuck != null) {
                            stuck.interrupt();
                        }
                    }
                }, millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                return result; // the run has ended and its timer with it; nothing will wait for this page
            }
            result.whenComplete((r, e) -> timeout.cancel(false));
        }
        return result;
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
