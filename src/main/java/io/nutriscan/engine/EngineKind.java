package io.nutriscan.engine;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Where page tasks run: the same pipeline on a plain loop, a fixed pool of platform threads, or virtual threads. */
public enum EngineKind {
    /** Each page is read and parsed on the thread that feeds the pipeline, one after another. */
    SEQUENTIAL,
    /** A fixed pool of {@code -j} platform threads. */
    PLATFORM,
    /** A new virtual thread per page; the permits bound how many exist at once. */
    VIRTUAL;

    ExecutorService executor(int concurrency) {
        return switch (this) {
            case SEQUENTIAL -> new CallerRuns();
            case PLATFORM -> Executors.newFixedThreadPool(concurrency, platformThreads());
            case VIRTUAL -> Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("nutriscan-page-", 0).factory());
        };
    }

    private static ThreadFactory platformThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "nutriscan-page-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs each task on the submitting thread: the sequential engine. */
    private static final class CallerRuns extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
