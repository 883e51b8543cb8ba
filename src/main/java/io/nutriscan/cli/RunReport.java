package io.nutriscan.cli;

import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;

import java.io.PrintStream;
import java.util.Locale;

/** What stderr says about a run: one line per failed page as it is written, and a summary at the end. */
final class RunReport {

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long pages;
    private long failed;
    private long resumed;
    private java.nio.file.Path resumedFrom;

    RunReport(PrintStream err) {
        this.err = err;
    }

    void record(PageRecord record) {
        pages++;
        if (record.result() instanceof PageResult.Failure failure) {
            failed++;
            err.println(record.source() + ": " + failure.reason());
        }
    }

    /** Records an earlier run already wrote to the output (--resume): counted, not printed again. */
    void alreadyDone(long records, long failedRecords, java.nio.file.Path file) {
        resumed = records;
        resumedFrom = file;
        pages += records;
        failed += failedRecords;
    }

    long failed() {
        return failed;
    }

    /** 0 when every page so far gave values, 1 when some failed. */
    int exitCode() {
        return failed == 0 ? ExitCodes.OK : ExitCodes.PAGES_FAILED;
    }

    /** A --shard run: said before the first page, so a log tells which slice a pod took. */
    void shard(io.nutriscan.input.Shard shard, long first, long count, long total) {
        err.println(String.format(Locale.ROOT, "nutriscan: shard %s: inputs %d to %d of %d (%d pages)", shard, first,
                first + count - 1, total, count));
    }

    void interrupted(int status, java.nio.file.Path output, boolean resumable) {
        String signal = status == 130 ? "SIGINT" : status == 143 ? "SIGTERM" : "signal " + (status - 128);
        String where = output == null ? "the output holds only those pages"
                : resumable ? output + " keeps them: run again with --resume to finish" : output + " left as it was";
        err.println(String.format(Locale.ROOT, "nutriscan: interrupted by %s after %d pages (%d failed); %s", signal, pages,
                failed, where));
    }

    void summary(boolean stoppedEarly) {
        double seconds = (System.nanoTime() - started) / 1e9;
        if (pages == 0 && !stoppedEarly) {
            err.println("nutriscan: no pages in the input");
            return;
        }
        long fresh = pages - resumed;
        err.println(String.format(Locale.ROOT, "nutriscan: %d pages%s, %d ok, %d failed in %.2f s (%.0f pages/s)%s",
                pages, resumed > 0 ? " (" + resumed + " already in " + resumedFrom + ")" : "", pages - failed, failed, seconds,
                fresh / Math.max(seconds, 1e-9),
                stoppedEarly ? "; stopped at the first failure (--fail-fast), later inputs not read" : ""));
    }
}
