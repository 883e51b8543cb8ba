package io.nutriscan.cli;

import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression tests for "-o destroyed a device": a destination that is not a regular file is written
 * directly and survives; a symlink is followed and stays a link; a folder is a usage error. Only a
 * regular file is ever renamed over.
 */
class OutputDestinationTest {

    @TempDir
    static Path shared;
    static Path corpus;
    static String expected;

    @TempDir
    Path tmp;

    @BeforeAll
    static void makeCorpus() {
        corpus = Corpus.generate(shared.resolve("corpus"), 6, "destinations", 50, 0, false);
        expected = CliRun.of("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString()).out();
    }

    private static String[] run(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "--list";
        args[1] = corpus.resolve("files.txt").toString();
        args[2] = "--base";
        args[3] = corpus.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return args;
    }

    /** A device or FIFO, not a regular file, folder or link. */
    private static boolean isSpecial(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isOther();
    }

    @Test
    void devNullIsWrittenAndStaysADevice() throws IOException {
        CliRun run = CliRun.of(run("-o", "/dev/null"));
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertTrue(isSpecial(Path.of("/dev/null")), "/dev/null is still a device");
    }

    @Test
    void devFullFailsWithNoSpaceLeftAndStaysADevice() throws IOException {
        CliRun run = CliRun.of(run("-o", "/dev/full"));
        assertEquals(ExitCodes.OUTPUT_FAILED, run.exit(), run.toString());
        assertTrue(run.err().contains("No space left on device"), run.err());
        assertFalse(run.err().contains("left as it was"), "a device cannot be left as it was: " + run.err());
        assertTrue(isSpecial(Path.of("/dev/full")), "/dev/full is still a device");
    }

    @Test
    void aFifosReaderGetsTheDocumentAndTheFifoStays() throws Exception {
        Path fifo = tmp.resolve("out.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        CliRun run = CliRun.of(run("-o", fifo.toString()));
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertEquals(expected, reader.get(30, TimeUnit.SECONDS));
        assertTrue(isSpecial(fifo), "still a FIFO");
    }

    @Test
    void aSymlinkIsFollowedAndStaysALink() throws IOException {
        Path target = Files.writeString(tmp.resolve("dataset.json"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("latest.json"), Path.of("dataset.json"));
        CliRun run = CliRun.of(run("-o", link.toString()));
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(expected, Files.readString(target));
        // Regression: the summary after -o did not say where the data went.
        assertTrue(run.err().strip().endsWith("; written to " + link), run.err());
    }

    @Test
    void aDanglingSymlinkGetsItsFileMade() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("latest.json"), Path.of("sub/dataset.json"));
        Files.createDirectories(tmp.resolve("sub"));
        CliRun run = CliRun.of(run("-o", link.toString()));
        assertEquals(ExitCodes.OK, run.exit(), run.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(expected, Files.readString(tmp.resolve("sub/dataset.json")));
    }

    @Test
    void aFolderIsAUsageError() throws IOException {
        CliRun run = CliRun.of(run("-o", tmp.toString()));
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertEquals("nutriscan: " + tmp + " is a folder\n", run.err());
        assertTrue(Files.isDirectory(tmp));
    }

    @Test
    void resumeOntoAFifoIsRefusedWithoutWaitingOnIt() throws Exception {
        Path fifo = tmp.resolve("out.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CliRun run = CliRun.of(run("-f", "jsonl", "--resume", "-o", fifo.toString()));
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("not a regular file"), run.err());
    }

    @Test
    void resumeFollowsASymlink() throws IOException {
        Path target = tmp.resolve("dataset.jsonl");
        Path link = Files.createSymbolicLink(tmp.resolve("latest.jsonl"), target.getFileName());
        assertEquals(ExitCodes.OK, CliRun.of(run("-f", "jsonl", "--resume", "-o", link.toString())).exit());
        assertTrue(Files.isSymbolicLink(link));
        String once = Files.readString(target);
        assertEquals(6, once.lines().count());
        assertEquals(ExitCodes.OK, CliRun.of(run("-f", "jsonl", "--resume", "-o", link.toString())).exit());
        assertEquals(once, Files.readString(target), "a finished run resumed adds nothing");
    }

    @Test
    void mergeOntoADeviceAndThroughASymlink() throws IOException {
        Path parts = tmp.resolve("parts");
        for (int k = 0; k < 2; k++) {
            CliRun.of(run("--shard", k + "/2", "--out-dir", parts.toString(), "-q"));
        }
        assertEquals(ExitCodes.OK, CliRun.of("merge", parts.toString(), "-o", "/dev/null").exit());
        assertTrue(isSpecial(Path.of("/dev/null")));
        Path target = Files.writeString(tmp.resolve("merged.json"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), target.getFileName());
        assertEquals(ExitCodes.OK, CliRun.of("merge", parts.toString(), "-o", link.toString()).exit());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(expected, Files.readString(target));
        CliRun folder = CliRun.of("merge", parts.toString(), "-o", tmp.toString());
        assertEquals(ExitCodes.USAGE, folder.exit(), folder.toString());
    }
}
