package io.nutriscan.cli;

import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person at a terminal sees, and what a pipe or a log never gets: progress, colours, --quiet. */
class TerminalTest {

    @TempDir
    Path tmp;

    private static Environment stderrTerminal(Map<String, String> variables) {
        return new Environment(false, false, true, variables);
    }

    @Test
    void progressIsRedrawnOnAStderrTerminalAndNeverReachesStdout() throws Exception {
        Path corpus = Corpus.generate(tmp.resolve("c"), 6, "progress", 2, 0, false);
        List<String> files = Files.readAllLines(corpus.resolve("files.txt"));
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunContext context = new RunContext(stdin, out, new PrintStream(err, true, StandardCharsets.UTF_8),
                stderrTerminal(Map.of()));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(context, "--base", corpus.toString(), "-"));
        feed.write((String.join("\n", files.subList(0, 3)) + "\n").getBytes(StandardCharsets.UTF_8));
        feed.flush();
        // The event: progress drawn for the first three pages while the list is still open (20 s: a failure guard).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!err.toString(StandardCharsets.UTF_8).contains("\r\033[Knutriscan: 3 pages, ") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\r\033[Knutriscan: 3 pages, "), err.toString(StandardCharsets.UTF_8));
        feed.write((String.join("\n", files.subList(3, 6)) + "\n").getBytes(StandardCharsets.UTF_8));
        feed.close();
        assertEquals(ExitCodes.OK, exit.get(20, TimeUnit.SECONDS));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("\r\033[Knutriscan: 3 pages, "), said);
        assertTrue(said.contains("\r\033[Knutriscan: 6 pages, "), "the summary clears the line: " + said);
        assertEquals(6, Json.parse(out.toString(StandardCharsets.UTF_8)).size());
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("pages/s"));
    }

    /**
     * A list given as a pipe ({@code --list <(find ...)}) can be read only once: with progress on, the inputs
     * must not be counted ahead by opening it a second time (the second open waits for a writer forever).
     */
    @Test
    void aListFileThatIsAPipeIsReadOnceWhenProgressIsShown() throws Exception {
        Path corpus = Corpus.generate(tmp.resolve("c"), 8, "pipe", 2, 0, false);
        Path fifo = tmp.resolve("list.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                Files.write(fifo, Files.readAllBytes(corpus.resolve("files.txt")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> CliRun.in(stderrTerminal(Map.of()), new byte[0], "--list", fifo.toString(), "--base", corpus.toString()));
        writer.join();
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertEquals(8, Json.parse(run.out()).size());
    }

    @Test
    void noProgressNorColourWhenStderrIsNotATerminal() {
        Path corpus = Corpus.generate(tmp.resolve("c"), 20, "plain", 2, 0.3, false);
        CliRun run = CliRun.of(corpus.toString());
        assertFalse(run.err().contains("\r"), run.err());
        assertFalse(run.err().contains("\033"), run.err());
        assertTrue(run.err().contains("failed"), run.err());
    }

    @Test
    void coloursOnATerminalUnlessNoColorIsSet() {
        Path corpus = Corpus.generate(tmp.resolve("c"), 20, "colour", 2, 0.3, false);
        CliRun coloured = CliRun.in(stderrTerminal(Map.of()), new byte[0], corpus.toString());
        assertTrue(coloured.err().contains("\033[31m"), coloured.err());
        CliRun plain = CliRun.in(stderrTerminal(Map.of("NO_COLOR", "1")), new byte[0], corpus.toString());
        assertFalse(plain.err().contains("\033[3"), plain.err());
        assertEquals(coloured.out(), plain.out());
        CliRun empty = CliRun.in(stderrTerminal(Map.of("NO_COLOR", "")), new byte[0], corpus.toString());
        assertTrue(empty.err().contains("\033[31m"), "an empty NO_COLOR is unset (no-color.org)");
        assertFalse(coloured.out().contains("\033"), "never in the data");
    }

    @Test
    void quietLeavesStderrEmptyAndTheExitStatusSpeaks() {
        Path corpus = Corpus.generate(tmp.resolve("c"), 20, "quiet", 2, 0.3, false);
        CliRun run = CliRun.in(stderrTerminal(Map.of()), new byte[0], "--quiet", corpus.toString());
        assertEquals("", run.err());
        assertEquals(ExitCodes.PAGES_FAILED, run.exit());
        assertEquals(20, Json.parse(run.out()).size());
    }

    @Test
    void helpIsPlainUnlessStdoutIsATerminal() {
        assertFalse(CliRun.of("--help").out().contains("\033"));
        CliRun coloured = CliRun.in(new Environment(false, true, false, Map.of()), new byte[0], "--help");
        assertTrue(coloured.out().contains("\033["), coloured.out());
        CliRun noColor = CliRun.in(new Environment(false, true, false, Map.of("NO_COLOR", "yes")), new byte[0], "--help");
        assertFalse(noColor.out().contains("\033"), noColor.out());
    }

    /**
     * Regression test for "a terminal that shows both streams shows broken lines": stdout and stderr written
     * to one stream, as a terminal shows them; every line is a whole record or a whole message.
     */
    @Test
    void aTerminalShowingBothStreamsGetsWholeLines() throws Exception {
        Path corpus = Corpus.generate(tmp.resolve("mixed"), 12, "mixed", 2, 0.5, false);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream shared = new PrintStream(screen, true, StandardCharsets.UTF_8);
        RunContext context = new RunContext(new ByteArrayInputStream(new byte[0]), shared, shared,
                new Environment(false, true, true, Map.of("NO_COLOR", "1")));
        assertEquals(ExitCodes.PAGES_FAILED, Main.run(context, "--list", corpus.resolve("files.txt").toString(),
                "--base", corpus.toString()));
        List<String> lines = screen.toString(StandardCharsets.UTF_8).lines().toList();
        int records = 0;
        for (String line : lines) {
            boolean record = line.startsWith("{\"source\":") && (line.endsWith("},") || line.endsWith("}"));
            boolean message = !line.contains("{\"source\"") && (line.contains(": ") || line.equals("[") || line.equals("]"));
            assertTrue(record || message, "a line that mixes the streams: " + line + "\n" + String.join("\n", lines));
            records += record ? 1 : 0;
        }
        assertEquals(12, records);
        assertFalse(screen.toString(StandardCharsets.UTF_8).contains("\r"), "no progress redrawn under the records");
    }
}
