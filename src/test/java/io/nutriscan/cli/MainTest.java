package io.nutriscan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command run in-process on its own streams: inputs, outputs, messages and exit codes. */
class MainTest {

    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void corpus() {
        corpus = Corpus.generate(tmp.resolve("corpus"), 60, "main-test", 3, 0.2, false);
    }

    private static String list() {
        return corpus.resolve("files.txt").toString();
    }

    @Test
    void aListFileGivesOneRecordPerPageMatchingTheGroundTruth() {
        CliRun run = CliRun.of("--list", list(), "--base", corpus.toString());
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.toString());
        Corpus.assertMatchesGroundTruth(corpus, run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(12 + 1, lines.size(), run.err());
        assertTrue(lines.get(lines.size() - 1).matches("nutriscan: 60 pages, 48 ok, 12 failed in [0-9.]+ s \\([0-9]+ pages/s\\)"),
                lines.get(lines.size() - 1));
        JsonNode records = Json.parse(run.out());
        for (String line : lines.subList(0, 12)) {
            String source = line.substring(0, line.indexOf(": "));
            JsonNode record = find(records, source);
            assertEquals(line.substring(line.indexOf(": ") + 2), record.get("error").asText());
        }
    }

    private static JsonNode find(JsonNode records, String source) {
        for (JsonNode r : records) {
            if (r.get("source").asText().equals(source)) {
                return r;
            }
        }
        throw new AssertionError("no record for " + source);
    }

    /** Regression: a list run from another folder failed every page with "no such file" and no word of why. */
    @Test
    void aListRunFromAnotherFolderSaysToGiveBase() {
        CliRun run = CliRun.of("--list", list());
        assertTrue(run.err().contains("nutriscan: hint: ") && run.err().contains("add --base " + corpus.toAbsolutePath()),
                run.err());
        CliRun quiet = CliRun.of("-q", "--list", list());
        assertFalse(quiet.err().contains("hint"), quiet.err());
        assertFalse(CliRun.of("--list", list(), "--base", corpus.toString()).err().contains("hint"));
    }

    @Test
    void allGoodPagesExitZero() throws IOException {
        Path good = Corpus.generate(tmp.resolve("good"), 10, "good", 3, 0, false);
        CliRun run = CliRun.of(good.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertEquals(10, Json.parse(run.out()).size());
        assertTrue(run.out().endsWith("\n]\n"));
    }

    @Test
    void stdinListsAgreeWithTheListFileInEveryForm() throws IOException {
        String expected = CliRun.of("--list", list(), "--base", corpus.toString()).out();
        String lines = Files.readString(corpus.resolve("files.txt"));
        String nul = lines.replace('\n', '\0');
        assertEquals(expected, CliRun.withStdin(lines, "--base", corpus.toString(), "-").out());
        assertEquals(expected, CliRun.withStdin(lines, "--base", corpus.toString(), "--list", "-").out());
        assertEquals(expected, CliRun.withStdin(lines, "--base", corpus.toString()).out(), "stdin read when it is not a terminal");
        assertEquals(expected, CliRun.withStdin(nul, "-0", "--base", corpus.toString(), "-").out());
        assertEquals(expected, CliRun.withStdin(lines.replace("\n", "\r\n") + "\n\n", "--base", corpus.toString(), "-").out());
    }

    @Test
    void noInputWithATerminalOnStdinShowsUsageInsteadOfWaiting() {
        CliRun run = CliRun.withStdin(new byte[0], true);
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("nutriscan: no input: "), run.err());
        assertTrue(run.err().contains("Usage: nutriscan"), run.err());
        assertTrue(run.err().contains("merge"), "the usage lists the subcommands: " + run.err());
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        for (String[] args : List.of(new String[] {"--bogus"}, new String[] {"-j", "0", "x.html"},
                new String[] {"--engine", "turbo", "x.html"}, new String[] {"--list", tmp.resolve("no-such-list").toString()},
                new String[] {"--list", tmp.toString()}, new String[] {"--max-page-size", "lots", "x.html"},
                new String[] {"-j", "8", "--window", "4", "x.html"}, new String[] {"--charset", "no-such-charset", "x.html"},
                new String[] {"--page-timeout", "soon", "x.html"}, new String[] {"--page-timeout", "0", "x.html"})) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
            assertEquals("", run.out());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("nutriscan: "), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void everyBadInputIsItsOwnErrorRecordAndTheRunGoesOn() throws IOException, InterruptedException {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.write(bad.resolve("empty.html"), new byte[0]);
        Files.write(bad.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(bad.resolve("big.html"), "x".repeat(120_000));
        Files.createDirectories(bad.resolve("folder.html"));
        new ProcessBuilder("mkfifo", bad.resolve("fifo.html").toString()).start().waitFor();
        Path good = corpus.resolve(Files.readAllLines(corpus.resolve("files.txt")).get(0));
        String listing = String.join("\n", "missing.html", "empty.html", "binary.html", "big.html", "folder.html", "fifo.html",
                good.toString(), "");
        CliRun run = CliRun.withStdin(listing, "--base", bad.toString(), "--max-page-size", "100k", "-");
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.toString());
        JsonNode records = Json.parse(run.out());
        assertEquals(7, records.size());
        assertEquals("no such file", records.get(0).get("error").asText());
        assertEquals("empty file", records.get(1).get("error").asText());
        assertEquals("binary file, not an HTML page (NUL byte at offset 4)", records.get(2).get("error").asText());
        assertEquals("too large: 120000 bytes, over the --max-page-size limit of 102400 bytes", records.get(3).get("error").asText());
        assertEquals("is a folder, not a page file", records.get(4).get("error").asText());
        assertEquals("not a regular file (a FIFO, socket or device)", records.get(5).get("error").asText());
        assertTrue(records.get(6).get("values").isObject(), records.get(6).toString());
        assertTrue(run.err().contains("missing.html: no such file\n"), run.err());
    }

    @Test
    void pathsThatLookLikeOptionsOrArgumentFilesArePaths() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("odd names"));
        Path source = corpus.resolve(Files.readAllLines(corpus.resolve("files.txt")).get(0));
        Path at = Files.copy(source, dir.resolve("@page.html"));
        Path dash = Files.copy(source, dir.resolve("-page.html"));
        Path cyrillic = Files.copy(source, dir.resolve("страница с пробелом.html"));
        CliRun run = CliRun.of(at.toString(), cyrillic.toString(), "--", dash.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        JsonNode records = Json.parse(run.out());
        assertEquals(List.of(at.toString(), cyrillic.toString(), dash.toString()),
                List.of(records.get(0).get("source").asText(), records.get(1).get("source").asText(), records.get(2).get("source").asText()));
        CliRun fromList = CliRun.withStdin("@page.html\n-page.html\n", "--base", dir.toString(), "-");
        assertEquals(ExitCodes.OK, fromList.exit(), fromList.toString());
    }

    @Test
    void aNameWithANewlineComesThroughANulSeparatedListAndDuplicatesAreEachProcessed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("newlines"));
        Path source = corpus.resolve(Files.readAllLines(corpus.resolve("files.txt")).get(0));
        Files.copy(source, dir.resolve("two\nlines.html"));
        CliRun run = CliRun.withStdin("two\nlines.html\0two\nlines.html\0", "-0", "--base", dir.toString(), "-");
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        JsonNode records = Json.parse(run.out());
        assertEquals(2, records.size());
        assertEquals("two\nlines.html", records.get(0).get("source").asText());
        assertEquals(records.get(0), records.get(1));
    }

    @Test
    void seedShapeIsTheNotebooksArrayOfValueObjects() {
        CliRun full = CliRun.of("--list", list(), "--base", corpus.toString());
        CliRun seed = CliRun.of("--list", list(), "--base", corpus.toString(), "--shape", "seed");
        assertEquals(ExitCodes.PAGES_FAILED, seed.exit());
        assertEquals(full.err().lines().count(), seed.err().lines().count(), "failures still reported on stderr");
        JsonNode values = Json.parse(seed.out());
        int k = 0;
        for (JsonNode record : Json.parse(full.out())) {
            if (!record.get("values").isNull()) {
                assertEquals(record.get("values"), values.get(k++));
            }
        }
        assertEquals(48, k);
        assertEquals(48, values.size());
    }

    @Test
    void outputFileIsWrittenWholeAndStdoutStaysEmpty() throws IOException {
        Path out = tmp.resolve("out.json");
        CliRun run = CliRun.of("--list", list(), "--base", corpus.toString(), "-o", out.toString());
        assertEquals(ExitCodes.PAGES_FAILED, run.exit());
        assertEquals("", run.out());
        assertEquals(CliRun.of("--list", list(), "--base", corpus.toString()).out(), Files.readString(out));
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("nutriscan-partial")));
        }
    }

    @Test
    void anOutputThatCannotBeWrittenExitsThree() {
        CliRun run = CliRun.of("--list", list(), "--base", corpus.toString(), "-o", tmp.resolve("no/such/folder/out.json").toString());
        assertEquals(ExitCodes.OUTPUT_FAILED, run.exit(), run.toString());
        assertTrue(run.err().startsWith("nutriscan: cannot write "), run.err());
        CliRun full = runWithStdout(new FailingStream("No space left on device"), "--list", list(), "--base", corpus.toString());
        assertEquals(ExitCodes.OUTPUT_FAILED, full.exit(), full.toString());
        assertTrue(full.err().contains("cannot write stdout: No space left on device"), full.err());
    }

    @Test
    void aClosedStdoutEndsTheRunQuietly() {
        CliRun run = runWithStdout(new FailingStream("Broken pipe"), "--list", list(), "--base", corpus.toString());
        assertEquals("", run.err());
    }

    @Test
    void aForcedCharsetReadsPagesThatDeclareAnotherOne() throws IOException {
        Path source = corpus.resolve(Files.readAllLines(corpus.resolve("files.txt")).get(0));
        String html = Files.readString(source);
        Path mislabelled = Files.write(tmp.resolve("mislabelled.html"), html.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        CliRun forced = CliRun.of("--charset", "windows-1251", mislabelled.toString());
        CliRun asUtf8 = CliRun.of(source.toString());
        assertEquals(ExitCodes.OK, forced.exit(), forced.toString());
        assertEquals(Json.parse(asUtf8.out()).get(0).get("values"), Json.parse(forced.out()).get(0).get("values"));
    }

    @Test
    void failFastStopsAtTheFirstFailedPage() {
        CliRun run = CliRun.of("--list", list(), "--base", corpus.toString(), "--fail-fast");
        assertEquals(ExitCodes.PAGES_FAILED, run.exit());
        JsonNode records = Json.parse(run.out());
        assertTrue(records.get(records.size() - 1).get("values").isNull());
        for (int i = 0; i < records.size() - 1; i++) {
            assertFalse(records.get(i).get("values").isNull());
        }
        assertTrue(run.err().contains("stopped at the first failure (--fail-fast)"), run.err());
    }

    @Test
    void everyEngineGivesTheSameBytes() {
        String virtual = CliRun.of("--list", list(), "--base", corpus.toString(), "--engine", "virtual").out();
        assertEquals(virtual, CliRun.of("--list", list(), "--base", corpus.toString(), "--engine", "platform", "-j", "3").out());
        assertEquals(virtual, CliRun.of("--list", list(), "--base", corpus.toString(), "--engine", "SEQUENTIAL").out());
    }

    @Test
    void aFolderArgumentWithNoPagesIsAnErrorRecordNotASilence() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("no pages here"));
        Files.writeString(empty.resolve("notes.txt"), "not a page");
        CliRun run = CliRun.of(empty.toString());
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.toString());
        JsonNode records = Json.parse(run.out());
        assertEquals(1, records.size());
        assertEquals(empty.toString(), records.get(0).get("source").asText());
        assertEquals("no pages in this folder (*.html, *.htm, *.html.gz, HTML files without an extension)", records.get(0).get("error").asText());
    }

    @Test
    void anEmptyListIsAnEmptyArray() {
        CliRun run = CliRun.withStdin("", "-");
        assertEquals(ExitCodes.OK, run.exit());
        assertEquals("[]\n", run.out());
        assertEquals("nutriscan: no pages in the input\n", run.err());
    }

    @Test
    void versionAndHelpGoToStdout() {
        assertTrue(CliRun.of("--version").out().startsWith("nutriscan "), CliRun.of("--version").toString());
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--concurrency"));
        assertTrue(help.out().contains("Exit status:"));
    }

    @Test
    void helpInEveryFormListsTheSubcommands() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"-qh"},
                new String[] {"pages", "--help"})) {
            CliRun help = CliRun.of(args);
            assertEquals(0, help.exit(), help.toString());
            for (String name : NutriscanCommand.SUBCOMMANDS) {
                assertTrue(help.out().contains("  " + name + " "), name + " missing from: " + help.out());
            }
        }
    }

    @Test
    void theSubcommandNamesAreTheCommandTreesOwn() {
        CommandLine whole = Main.commandLine(new RunContext(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                new PrintStream(OutputStream.nullOutputStream()), Environment.NONE));
        assertEquals(NutriscanCommand.SUBCOMMANDS, List.copyOf(whole.getSubcommands().keySet()));
    }

    @Test
    void aPageRunParsesWithoutBuildingTheSubcommandsAndASubcommandNameAnywhereGetsThem() {
        RunContext context = new RunContext(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                new PrintStream(OutputStream.nullOutputStream()), Environment.NONE);
        assertTrue(Main.commandLine(context, "-q", "-o", "out.json", "pages").getSubcommands().isEmpty());
        assertEquals(NutriscanCommand.SUBCOMMANDS,
                List.copyOf(Main.commandLine(context, "-q", "merge", "parts").getSubcommands().keySet()));
    }

    private static CliRun runWithStdout(OutputStream stdout, String... args) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = Main.run(new RunContext(new ByteArrayInputStream(new byte[0]), stdout,
                new PrintStream(err, true, StandardCharsets.UTF_8), Environment.NONE), args);
        return new CliRun(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    /** A stdout that takes a few bytes, then fails as a full disk or a closed pipe does. */
    private static final class FailingStream extends OutputStream {
        private final String message;
        private int written;

        FailingStream(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > 100) {
                throw new IOException(message);
            }
        }
    }
}
