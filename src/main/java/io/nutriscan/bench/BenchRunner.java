package io.nutriscan.bench;

import io.nutriscan.engine.PageWork;
import io.nutriscan.engine.Pipeline;
import io.nutriscan.engine.Settings;
import io.nutriscan.extract.PageExtractor;
import io.nutriscan.input.PageReader;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.Sha256;
import io.nutriscan.output.Outputs;
import io.nutriscan.output.RecordWriter;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;
import io.nutriscan.output.StdoutTarget;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.locks.LockSupport;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the extraction pipeline itself, in this process, once per configuration and run: the same pages,
 * the same reader, extractor and JSON writer as a real run, with the output digested instead of kept.
 * Before the measured runs, one unmeasured run warms the JIT so the first configuration is not
 * penalised for going first.
 */
public final class BenchRunner {

    /** Told about each configuration as it finishes, so a long bench shows it is alive. */
    public interface Listener {
        void finished(BenchResult result);
    }

    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Iterable<PageInput> pages;
    private final long pageBytes;
    private final int runs;

    public BenchRunner(Iterable<PageInput> pages, long pageBytes, int runs) {
        this.pages = pages;
        this.pageBytes = pageBytes;
        this.runs = runs;
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
                    pagesPerSecond / sequential, heap.peak(), best.allocated / Math.max(1, best.pages), best.ok,
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
        Pipeline pipeline = new Pipeline(settings,
                new PageWork(new PageReader(PageReader.DEFAULT_MAX_PAGE_SIZE), new PageExtractor(true, null), settings.parsers()));
        MessageDigest sha256 = Sha256.newDigest();
        long[] ok = new long[1];
        long allocatedBefore = ALLOCATION.getTotalThreadAllocatedBytes();
        long started = System.nanoTime();
        StdoutTarget target = new StdoutTarget(new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
        Pipeline.Outcome outcome;
        try (RecordWriter writer = Outputs.writer(Format.JSON, Shape.FULL, target)) {
            writer.begin();
            outcome = pipeline.run(pages, record -> {
                writer.write(record);
                ok[0] += record.result().ok() ? 1 : 0;
                return true;
            });
            writer.end();
            target.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long allocated = ALLOCATION.getTotalThreadAllocatedBytes() - allocatedBefore;
        return new Measured(seconds, outcome.written(), ok[0], allocated, Sha256.name(sha256));
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
