package io.nutriscan.engine;

import io.nutriscan.corpus.PageGenerator;
import io.nutriscan.input.PageInputs;
import io.nutriscan.input.PageReader;
import io.nutriscan.model.PageRecord;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;
import io.nutriscan.shard.Shard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core's one run: options in, a result or a typed failure out, and what it did told to its listener. */
class RunTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stream = new ByteArrayOutputStream();

    @BeforeEach
    void pages() throws IOException {
        PageGenerator generator = new PageGenerator("run");
        for (int i = 0; i < 6; i++) {
            Files.write(folder.resolve("p" + i + ".html"), generator.page(i, 4_000, i == 3 ? PageGenerator.BadKind.EMPTY : null,
                    false).bytes());
        }
    }

    private PageInputs inputs() {
        return new PageInputs().argument(folder.toString());
    }

    private RunOptions options(PageInputs inputs, RunOptions.Output output, Format format, boolean failFast) {
        return new RunOptions(inputs, new Settings(EngineKind.VIRTUAL, 4, 64, 2), PageReader.DEFAULT_MAX_PAGE_SIZE, null, output,
                format, Shape.FULL, false, failFast);
    }

    /** A listener that keeps what it is told. */
    private static final class Told implements RunListener {
        final List<String> records = new ArrayList<>();
        RunResult finished;

        @Override
        public void record(PageRecord record) {
            records.add(record.source());
        }

        @Override
        public void finished(RunResult result) {
            finished = result;
        }
    }

    @Test
    void aStreamGetsTheWholeDocumentAndTheResultCountsItsRecords() throws Exception {
        Told told = new Told();
        RunResult result = new Run(options(inputs(), new RunOptions.ToStream(stream, false), Format.JSONL, false), told).execute();
        assertEquals(new RunResult(6, 1, 0, false, 0, null, false), result);
        assertEquals(result, told.finished);
        assertEquals(6, told.records.size());
        assertEquals(6, stream.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void failFastStopsAtTheFirstFailedPage() throws Exception {
        RunResult result = new Run(options(inputs(), new RunOptions.ToStream(stream, false), Format.JSONL, true), RunListener.NONE)
                .execute();
        assertEquals(4, result.records());
        assertTrue(result.stoppedAtFailure());
    }

    @Test
    void aFileIsWrittenWholeAndNamedInTheResult() throws Exception {
        Path out = folder.resolve("out").resolve("records.json");
        Files.createDirectories(out.getParent());
        RunResult result = new Run(options(inputs(), new RunOptions.ToFile(out, false), Format.JSON, false), RunListener.NONE)
                .execute();
        assertEquals(out, result.writtenTo());
        assertTrue(Files.readString(out).endsWith("\n]\n"));
    }

    @Test
    void aFolderAsTheOutputIsRefusedBeforeAnythingRuns() {
        Told told = new Told();
        RunFailure failure = assertThrows(RunFailure.class,
                () -> new Run(options(inputs(), new RunOptions.ToFile(folder, false), Format.JSON, false), told).execute());
        assertEquals(RunFailure.Kind.REFUSED, failure.kind());
        assertTrue(told.records.isEmpty());
    }

    @Test
    void resumingFromAFileOfOtherInputsIsRefused() throws Exception {
        Path out = folder.resolve("records.jsonl");
        Files.writeString(out, "{\"source\":\"elsewhere.html\",\"values\":null,\"error\":\"empty file\"}\n");
        RunFailure failure = assertThrows(RunFailure.class,
                () -> new Run(options(inputs(), new RunOptions.ToFile(out, true), Format.JSONL, false), RunListener.NONE).execute());
        assertEquals(RunFailure.Kind.REFUSED, failure.kind());
        assertTrue(failure.getMessage().contains("is for 'elsewhere.html'"), failure.getMessage());
    }

    @Test
    void aListThatCannotBeReadToItsEndIsAnInputFailureNotAUsageError() throws Exception {
        Path out = folder.resolve("records.json");
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent < 3) {
                    return "p0.html\n".charAt(sent++);
                }
                throw new IOException("Input/output error");
            }
        };
        PageInputs inputs = new PageInputs().list(failing, false, "stdin", folder);
        RunFailure failure = assertThrows(RunFailure.class,
                () -> new Run(options(inputs, new RunOptions.ToFile(out, false), Format.JSON, false), RunListener.NONE).execute());
        assertEquals(RunFailure.Kind.INPUT, failure.kind());
        assertFalse(Files.exists(out), "the output is left as it was: not there");
    }

    @Test
    void aPartIsWrittenWithItsSummary() throws Exception {
        Path parts = folder.resolve("parts");
        RunResult result = new Run(RunOptions.part(inputs(), new Settings(EngineKind.VIRTUAL, 4, 64, 2),
                PageReader.DEFAULT_MAX_PAGE_SIZE, null, false, new Shard(1, 2), parts), RunListener.NONE).execute();
        assertEquals(3, result.records());
        assertTrue(Files.exists(parts.resolve("part-00001-of-00002.jsonl")));
        assertTrue(Files.exists(parts.resolve("part-00001-of-00002.summary.json")));
    }

    @Test
    void optionsThatCannotRunSayWhichRuleTheyBreak() {
        InvalidOptions resume = assertThrows(InvalidOptions.class,
                () -> options(inputs(), new RunOptions.ToFile(folder.resolve("x.json"), true), Format.JSON, false));
        assertEquals(InvalidOptions.Reason.RESUME_NEEDS_JSON_LINES, resume.reason());
        InvalidOptions window = assertThrows(InvalidOptions.class, () -> new Settings(EngineKind.VIRTUAL, 8, 4, 2));
        assertEquals(InvalidOptions.Reason.WINDOW_BELOW_CONCURRENCY, window.reason());
    }
}
