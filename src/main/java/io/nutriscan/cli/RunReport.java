package io.nutriscan.cli;

import io.nutriscan.engine.RunListener;
import io.nutriscan.engine.RunResult;
import io.nutriscan.input.Problems;
import io.nutriscan.input.warc.SkippedRecords;
import io.nutriscan.input.web.Fetcher;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import io.nutriscan.model.Tally;
import io.nutriscan.shard.Shard;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What stderr says about a run, told by the run as it goes: one line per failed page as it is written, a
 * progress line while it runs (for a person watching, or asked for with --progress), and a summary at the
 * end. --quiet leaves only the lines about the run as a whole going wrong. Stdout never sees any of it,
 * and nothing here decides how the run ends.
 */
final class RunReport implements RunListener, AutoCloseable {

    /** How progress is shown: not at all, redrawn in place on a terminal, or as a line now and then (a log). */
    enum ProgressMode { OFF, TERMINAL, LINES }

    /** How often progress is redrawn on a terminal, and how often a log gets a line (the help says so too). */
    static final int TERMINAL_PERIOD_MILLIS = 200;
    static final int LOG_PERIOD_SECONDS = 5;

    private final PrintStream err;
    private final Style style;
    private final boolean quiet;
    private final boolean resumable;
    private final long started = System.nanoTime();
    private final Tally pages = new Tally();
    private long resumed;
    private Path resumedFrom;
    private volatile long total = -1;
    private ProgressMode progress = ProgressMode.OFF;
    private ScheduledExecutorService ticker;
    private boolean lineShown;
    private String firstMissing;
    private final FetchTally fetches = new FetchTally();
    private volatile SkippedRecords archiveRecords = new SkippedRecords();

    /** {@code resumable}: the run appends to a file (--resume), so a stop keeps what it wrote. */
    RunReport(PrintStream err, Style style, boolean quiet, boolean resumable) {
        this.err = err;
        this.style = style;
        this.quiet = quiet;
        this.resumable = resumable;
    }

    /** The source of the first page that was not found, or null. */
    synchronized String firstMissing() {
        return firstMissing;
    }

    @Override
    public synchronized void record(PageRecord record) {
        pages.add(record);
        if (record.result() instanceof PageResult.Failure failure) {
            if (firstMissing == null && failure.reason().equals(Problems.NO_SUCH_FILE) && !record.input().remote()) {
                firstMissing = record.source();
            }
            if (!quiet) {
                clearProgress();
                err.println(style.bold(record.source()) + ": " + style.red(failure.reason()));
            }
        }
    }

    /** Records an earlier run already wrote to the output (--resume): counted, not printed again. */
    @Override
    public synchronized void resumed(Tally held, Path file) {
        resumed = held.records();
        resumedFrom = file;
        pages.add(held);
    }

    /** Told of the network by the run's web session: bytes received, retries and throttling, for progress and the summary. */
    Fetcher.Listener fetchListener() {
        return fetches;
    }

    /** The archives the run reads: their records that were not pages are said in the summary. */
    void archives(SkippedRecords records) {
        this.archiveRecords = records;
    }

    @Override
    public boolean wantsTotal() {
        return progress != ProgressMode.OFF;
    }

    /** The number of inputs of the run (with those --resume skips), once known: progress shows a total and an ETA from then on. */
    @Override
    public void total(long inputs) {
        total = inputs;
    }

    void startProgress(ProgressMode mode) {
        if (mode == ProgressMode.OFF || quiet) {
            return;
        }
        progress = mode;
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "nutriscan-progress");
            t.setDaemon(true);
            return t;
        });
        long period = mode == ProgressMode.TERMINAL ? TERMINAL_PERIOD_MILLIS : LOG_PERIOD_SECONDS * 1000L;
        ticker.scheduleAtFixedRate(this::showProgress, period, period, TimeUnit.MILLISECONDS);
    }

    private synchronized void stopProgress() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
            clearProgress();
        }
    }

    private synchronized void showProgress() {
        if (ticker == null) {
            return;
        }
        if (progress == ProgressMode.TERMINAL) {
            err.print("\r\033[K" + progressLine());
            err.flush();
            lineShown = true;
        } else {
            err.println(progressLine());
        }
    }

    /**
     * "nutriscan: 1200/10000 pages, 5310 pages/s, 3 failed, ETA 0:02": the total and ETA once the total is known;
     * for a run that fetches, the bytes received per second and the retries so far too.
     */
    synchronized String progressLine() {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = (pages.records() - resumed) / Math.max(seconds, 1e-9);
        long all = total;
        long failed = pages.failed();
        StringBuilder line = new StringBuilder("nutriscan: ").append(pages.records());
        if (all >= 0) {
            line.append('/').append(all);
        }
        line.append(String.format(Locale.ROOT, " pages, %.0f pages/s, ", rate));
        line.append(failed == 0 ? "0 failed" : style.red(failed + " failed"));
        line.append(fetches.progress(seconds));
        if (all >= 0 && rate > 0) {
            long eta = Math.round(Math.max(0, all - pages.records()) / rate);
            line.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
        }
        return line.toString();
    }

    private void clearProgress() {
        if (lineShown) {
            err.print("\r\033[K");
            lineShown = false;
        }
    }

    /** A --shard run: said before the first page, so a log tells which slice a pod took. */
    @Override
    public void shard(Shard shard, long first, long count, long inputs) {
        if (!quiet) {
            err.println(String.format(Locale.ROOT, "nutriscan: shard %s: inputs %d to %d of %d (%s)", shard, first,
                    first + count - 1, inputs, pages(count)));
        }
    }

    @Override
    public void finished(RunResult result) {
        if (result.readerGone()) {
            close(); // the reader of stdout went away: nothing more to say
        } else if (result.interrupted()) {
            interrupted(result.signal(), result.writtenTo());
        } else {
            summary(result.stoppedAtFailure(), result.writtenTo());
        }
    }

    private void interrupted(int status, Path output) {
        stopProgress();
        String signal = status == 130 ? "SIGINT" : status == 143 ? "SIGTERM" : "signal " + (status - 128);
        String where = output == null ? "the output holds only those pages"
                : resumable ? output + " keeps them: run again with --resume to finish" : output + " left as it was";
        synchronized (this) {
            err.println(String.format(Locale.ROOT, "nutriscan: interrupted by %s after %s (%d failed); %s", signal,
                    pages(pages.records()), pages.failed(), where));
        }
    }

    /** The run is over however it ended: the progress line goes before anything else is said. */
    @Override
    public void close() {
        stopProgress();
    }

    /** {@code writtenTo}: where the records went when not to stdout (a file, or a shard's part), said at the end. */
    synchronized void summary(boolean stoppedEarly, Path writtenTo) {
        stopProgress();
        if (quiet) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (pages.records() == 0 && !stoppedEarly) {
            err.println("nutriscan: no pages in the input");
            java.util.Optional.ofNullable(archiveRecords.summary()).ifPresent(err::println);
            return;
        }
        long fresh = pages.records() - resumed;
        long failed = pages.failed();
        String failures = failed + " failed";
        err.println(String.format(Locale.ROOT, "nutriscan: %s%s, %s, %s in %.2f s (%.0f pages/s)%s",
                pages(pages.records()), resumed > 0 ? " (" + resumed + " already in " + resumedFrom + ")" : "",
                style.green(pages.ok() + " ok"), failed == 0 ? failures : style.red(failures), seconds,
                fresh / Math.max(seconds, 1e-9),
                stoppedEarly ? "; stopped at the first failure (--fail-fast), later inputs not read" : "")
                + (writtenTo == null ? "" : "; written to " + writtenTo));
        java.util.stream.Stream.of(fetches.summary(), archiveRecords.summary()).filter(java.util.Objects::nonNull).forEach(err::println);
    }

    /** A line that is not about one page: said after the summary, unless --quiet. */
    void hint(String text) {
        if (!quiet) {
            err.println("nutriscan: hint: " + text);
        }
    }

    /** "1 page", "2 pages". */
    static String pages(long count) {
        return count == 1 ? "1 page" : count + " pages";
    }
}
