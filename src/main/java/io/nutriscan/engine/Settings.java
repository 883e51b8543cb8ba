package io.nutriscan.engine;

import java.time.Duration;

/**
 * How the pipeline runs.
 *
 * @param engine      where page tasks run
 * @param concurrency pages read and parsed at once ({@code -j})
 * @param window      pages started but not yet written (the reorder window); at least {@code concurrency}
 * @param parsers     pages parsed at once: parsing is CPU-bound, so about one per core
 * @param pageTimeout how long one page may take before it becomes an error record and the run goes on
 */
public record Settings(EngineKind engine, int concurrency, int window, int parsers, Duration pageTimeout) {

    /**
     * A page takes well under a millisecond, a 64 MiB page a second or two; a minute is far past any
     * real page and short enough that a hung read (a dead network mount) does not hold a batch job.
     */
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(60);

    public Settings(EngineKind engine, int concurrency, int window, int parsers) {
        this(engine, concurrency, window, parsers, DEFAULT_PAGE_TIMEOUT);
    }

    public Settings {
        if (concurrency < 1) {
            throw new InvalidOptions(InvalidOptions.Reason.CONCURRENCY_BELOW_ONE);
        }
        if (window < concurrency) {
            throw new InvalidOptions(InvalidOptions.Reason.WINDOW_BELOW_CONCURRENCY);
        }
        if (parsers < 1) {
            throw new InvalidOptions(InvalidOptions.Reason.PARSERS_BELOW_ONE);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new InvalidOptions(InvalidOptions.Reason.TIMEOUT_NOT_POSITIVE);
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

    /** Pages parsed at once: one per core, never more than are read at once. */
    public static int defaultParsers(int concurrency) {
        return Math.min(cores(), concurrency);
    }

    /** Room for a slow page to be overtaken by a few rounds of the others before the pipeline waits for it. */
    public static int defaultWindow(int concurrency) {
        return Math.max(64, 4 * concurrency);
    }
}
