package io.nutriscan.bench;

import com.sun.management.ThreadMXBean;
import io.nutriscan.engine.Run;
import io.nutriscan.engine.RunFailure;
import io.nutriscan.engine.RunListener;
import io.nutriscan.engine.RunOptions;
import io.nutriscan.engine.RunResult;
import io.nutriscan.engine.Settings;
import io.nutriscan.helper.Sha256;
import io.nutriscan.input.PageInputs;
import io.nutriscan.input.PageReader;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the extraction itself, in this process, once per configuration and run: the same {@link Run} as a
 * real run over the same pages, its JSON document digested instead of kept.
 * Before the measured runs, one unmeasured run warms the JIT so the first configuration is not
 * penalised for going first.
 */
public final class BenchRunner {

    /** Told about each configuration as it finishes, so a long bench shows it is alive. */
    public interface Listener {
        void finished(BenchResult result);
    }

    private static final ThreadMXBean ALLOCATION = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** What a runtime that cannot count allocated bytes (a native image) reports instead of a count. */
    public static final long NOT_MEASURED = -1;

    private final PageInputs pages;
    private final long pageBytes;
    private final int runs;
    private final boolean nutrients;

    /** {@code nutrients}: each page's whole nutrient profile is read too. */
    public BenchRunner(PageInputs pages, long pageBytes, int runs, boolean nutrients) {
        this.pages = pages;
        this.pageBytes = pageBytes;
        this.runs = runs;
        this.nutrients = nutrients;
    }

    public List<BenchResult> run(List<BenchConfig> configs, Listener listener) throws IOException, InterruptedException {
        // Warm-up: each engine once at its widest, so the JIT has compiled the hot paths of all of them.
        for (BenchConfig config : configs) {
            if (configs.stream().noneMatch(c -> c.engine() == config.engine() && c.concurrency() > config.concurrency())) {
                once(config);
            }
        }
        List<BenchResult> results = new ArrayList<>();
        double sequential = 0;
        for (BenchConfig config : configs) {
            Measured best = null;
            HeapSampler heap = new HeapSampler();
            try {
                for (int i = 0; i < runs; i++) {
                    Measured m = once(config);
                    if (best != null && !m.digest.equals(best.digest)) {
                        throw new IllegalStateException(config.label() + " wrote different output from one run to the next");
                    }
                    best = best == null || m.seconds < best.seconds ? m : best;
                }
            } finally {
                heap.stop();
            }
            double pagesPerSecond = best.pages / best.seconds;
            if (sequential == 0) {
                sequential = pagesPerSecond;
            }
            BenchResult result = new BenchResult(config, best.seconds, pagesPerSecond, pageBytes / 1e6 / best.seconds,
                    pagesPerSecond / sequential, heap.peak(), best.allocated == NOT_MEASURED ? NOT_MEASURED : best.allocated / Math.max(1, best.pages), best.ok,
                    best.pages - best.ok, best.digest);
            results.add(result);
            listener.finished(result);
        }
        return results;
    }

    private record Measured(double seconds, long pages, long ok, long allocated, String digest) {
    }

    private Measured once(BenchConfig config) throws IOException, InterruptedException {
        Settings settings = new Settings(config.engine(), config.concurrency(), Settings.defaultWindow(config.concurrency()),
                Settings.defaultParsers(config.concurrency()));
        MessageDigest sha256 = Sha256.newDigest();
        RunOptions options = new RunOptions(pages, settings, PageReader.DEFAULT_MAX_PAGE_SIZE, null,
                new RunOptions.ToStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha256), false), Format.JSON,
                Shape.FULL, nutrients, false);
        long allocatedBefore = ALLOCATION.getTotalThreadAllocatedBytes();
        long started = System.nanoTime();
        RunResult result;
        try {
            result = new Run(options, RunListener.NONE).execute();
        } catch (RunFailure e) {
            throw e.ioCause() != null ? e.ioCause() : new IOException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long allocatedAfter = ALLOCATION.getTotalThreadAllocatedBytes();
        // A native image answers 0 (or -1): it keeps no per-thread allocation counts.
        long allocated = allocatedBefore <= 0 || allocatedAfter <= 0 ? NOT_MEASURED : allocatedAfter - allocatedBefore;
        return new Measured(seconds, result.records(), result.records() - result.failed(), allocated, Sha256.name(sha256));
    }

    /** Samples the heap in use every few milliseconds while a configuration runs: its peak, garbage not yet collected included. */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            System.gc();
            thread = Thread.ofPlatform().daemon().name("nutriscan-bench-heap").start(() -> {
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    LockSupport.parkNanos(2_000_000);
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak;
        }
    }
}
