package io.nutriscan.engine;

/**
 * How the pipeline runs.
 *
 * @param engine      where page tasks run
 * @param concurrency pages read and parsed at once ({@code -j})
 * @param window      pages started but not yet written (the reorder window); at least {@code concurrency}
 * @param parsers     pages parsed at once: parsing is CPU-bound, so about one per core
 */
public record Settings(EngineKind engine, int concurrency, int window, int parsers) {

    public Settings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1");
        }
        if (window < concurrency) {
            throw new IllegalArgumentException("--window must be at least --concurrency (" + concurrency + ")");
        }
        if (parsers < 1) {
            throw new IllegalArgumentException("parsers must be at least 1");
        }
        if (engine == EngineKind.SEQUENTIAL) {
            concurrency = 1;
        }
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Four page reads per core: parsing keeps every core busy while the other reads wait on the disk,
     * so a cold cache or a network file system does not starve the parsers; memory stays at a few
     * pages per core.
     */
    public static int defaultConcurrency() {
        return 4 * cores();
    }

    /** Room for a slow page to be overtaken by a few rounds of the others before the pipeline waits for it. */
    public static int defaultWindow(int concurrency) {
        return Math.max(64, 4 * concurrency);
    }
}
