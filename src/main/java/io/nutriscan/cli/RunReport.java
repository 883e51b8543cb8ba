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

    long failed() {
        return failed;
    }

    void interrupted(int status, java.nio.file.Path output) {
        String signal = status == 130 ? "SIGINT" : status == 143 ? "SIGTERM" : "signal " + (status - 128);
        err.println(String.format(Locale.ROOT, "nutriscan: interrupted by %s after %d pages (%d failed); %s", signal, pages,
                failed, output == null ? "the output holds only those pages" : output + " left as it was"));
    }

    void summary(boolean stoppedEarly) {
        double seconds = (System.nanoTime() - started) / 1e9;
        if (pages == 0 && !stoppedEarly) {
            err.println("nutriscan: no pages in the input");
            return;
        }
        err.println(String.format(Locale.ROOT, "nutriscan: %d pages, %d ok, %d failed in %.2f s (%.0f pages/s)%s",
                pages, pages - failed, failed, seconds, pages / Math.max(seconds, 1e-9),
                stoppedEarly ? "; stopped at the first failure (--fail-fast), later inputs not read" : ""));
    }
}
