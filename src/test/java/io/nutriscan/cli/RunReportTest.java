package io.nutriscan.cli;

import io.nutriscan.engine.RunResult;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunReportTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private static PageRecord ok(long i) {
        return new PageRecord(PageInput.of(i, i + ".html", Path.of(i + ".html")),
                new PageResult.Legend("P", List.of(new LegendItem("Жиры", 1, "г"))));
    }

    private static PageRecord failed(long i) {
        return new PageRecord(PageInput.of(i, i + ".html", Path.of(i + ".html")), new PageResult.Failure("empty file"));
    }

    /** A run that ended normally after one page. */
    private static RunResult done(RunReport report) {
        return new RunResult(1, 0, 0, false, 0, null, false);
    }

    private String said() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void progressLineShowsDoneOfTotalRateFailuresAndEta() {
        RunReport report = new RunReport(err, Style.PLAIN, false, false);
        report.record(ok(0));
        report.record(failed(1));
        assertTrue(report.progressLine().matches("nutriscan: 2 pages, \\d+ pages/s, 1 failed"), report.progressLine());
        report.total(10);
        assertTrue(report.progressLine().matches("nutriscan: 2/10 pages, \\d+ pages/s, 1 failed, ETA \\d+:\\d\\d"),
                report.progressLine());
    }

    @Test
    void aRunThatFetchesShowsBytesPerSecondAndRetries() {
        RunReport report = new RunReport(err, Style.PLAIN, false, false);
        report.record(ok(0));
        assertTrue(report.progressLine().matches("nutriscan: 1 pages, \\d+ pages/s, 0 failed"), report.progressLine());
        report.fetchListener().received(2_000_000);
        report.fetchListener().retrying();
        report.fetchListener().retrying();
        assertTrue(report.progressLine().matches("nutriscan: 1 pages, \\d+ pages/s, 0 failed, [0-9.]+ MB/s fetched, 2 retries"),
                report.progressLine());
    }

    @Test
    void plainStyleWritesNoEscapes() {
        RunReport report = new RunReport(err, Style.PLAIN, false, false);
        report.record(failed(0));
        report.finished(done(report));
        assertEquals("0.html: empty file\n", said().lines().findFirst().orElseThrow() + "\n");
        assertFalse(said().contains("\033"), said());
    }

    @Test
    void coloursMarkFailuresInRed() {
        RunReport report = new RunReport(err, new Style(true), false, false);
        report.record(failed(0));
        report.finished(done(report));
        assertTrue(said().startsWith("\033[1m0.html\033[0m: \033[31mempty file\033[0m\n"), said());
        assertTrue(said().contains("\033[31m1 failed\033[0m"), said());
    }

    @Test
    void quietSaysNothingAboutPagesOrTheRun() {
        RunReport report = new RunReport(err, Style.PLAIN, true, false);
        report.startProgress(RunReport.ProgressMode.TERMINAL);
        report.record(failed(0));
        report.finished(done(report));
        assertEquals("", said());
    }

    @Test
    void oneIsAPageNotPages() {
        RunReport report = new RunReport(err, Style.PLAIN, false, false);
        report.record(ok(0));
        report.finished(done(report));
        assertTrue(said().startsWith("nutriscan: 1 page, 1 ok, 0 failed in "), said());
        assertEquals("0 pages", RunReport.pages(0));
        assertEquals("2 pages", RunReport.pages(2));
    }

    @Test
    void anInterruptedRunSaysWhereItsRecordsAre() {
        RunReport report = new RunReport(err, Style.PLAIN, false, true);
        report.record(ok(0));
        report.finished(new RunResult(1, 0, 0, false, ExitCodes.SIGTERM, Path.of("out.jsonl"), false));
        assertEquals("nutriscan: interrupted by SIGTERM after 1 page (0 failed); out.jsonl keeps them: run again with --resume "
                + "to finish\n", said());
    }

    @Test
    void aReaderThatWentAwayGetsNoSummary() {
        RunReport report = new RunReport(err, Style.PLAIN, false, false);
        report.record(ok(0));
        report.finished(new RunResult(1, 0, 0, false, 0, null, true));
        assertEquals("", said());
    }
}
