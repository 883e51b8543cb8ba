package io.nutriscan.cli;

import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stop request (SIGINT/SIGTERM in a process) while the path list is still coming in on stdin. */
class StopTest {

    @TempDir
    Path tmp;

    private record Stopped(int exit, String out, String err) {
    }

    /** Feeds five paths, waits until all five records are out (stdout records, or stderr lines for failures), then stops. */
    private Stopped runAndStop(Path corpus, boolean missingPages, int status, String... args) throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<IntConsumer> stop = new AtomicReference<>();
        RunContext context = new RunContext(stdin, out, new PrintStream(err, true, StandardCharsets.UTF_8), Environment.NONE,
                stop::set);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(context, args));
        List<String> files = missingPages ? List.of("m1", "m2", "m3", "m4", "m5")
                : Files.readAllLines(corpus.resolve("files.txt")).subList(0, 5);
        feed.write((String.join("\n", files) + "\n").getBytes(StandardCharsets.UTF_8));
        feed.flush();
        ByteArrayOutputStream watched = missingPages ? err : out;
        String marker = missingPages ? ": no such file" : "\"source\"";
        for (int i = 0; i < 2000 && count(watched, marker) < 5; i++) {
            Thread.sleep(10);
        }
        stop.get().accept(status);
        int code = exit.get(20, TimeUnit.SECONDS);
        feed.close();
        return new Stopped(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static int count(ByteArrayOutputStream stream, String marker) {
        return stream.toString(StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(marker), -1).length - 1;
    }

    @Test
    void aStoppedRunLeavesTheOutputFileUntouched() throws Exception {
        Path corpus = Corpus.generate(tmp.resolve("c"), 10, "stop", 3, 0, false);
        Path out = Files.writeString(tmp.resolve("out.json"), "before\n");
        Stopped run = runAndStop(corpus, true, ExitCodes.SIGTERM, "--base", corpus.toString(), "-o", out.toString(), "-");
        assertEquals(ExitCodes.SIGTERM, run.exit(), run.err());
        assertEquals("before\n", Files.readString(out));
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("nutriscan-partial")));
        }
        assertTrue(run.err().contains("interrupted by SIGTERM after 5 pages (5 failed); " + out + " left as it was"), run.err());
    }

    @Test
    void aStoppedRunOnStdoutClosesTheDocumentItStarted() throws Exception {
        Path corpus = Corpus.generate(tmp.resolve("c"), 10, "stop", 3, 0, false);
        Stopped run = runAndStop(corpus, false, ExitCodes.SIGINT, "--base", corpus.toString(), "-");
        assertEquals(ExitCodes.SIGINT, run.exit(), run.err());
        assertEquals(5, Json.parse(run.out()).size(), run.out());
        assertTrue(run.err().contains("interrupted by SIGINT after 5 pages"), run.err());
    }
}
