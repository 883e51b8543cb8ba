package io.nutriscan.cli;

import io.nutriscan.testing.Binary;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.nutriscan.testing.Binary.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * nutriscan as a real process (the native executable, or the fast-jar: {@link Binary}): what a shell user
 * sees on stdout, stderr and in the exit status, and what signals and kills leave behind.
 */
class ProcessIT {

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path many;

    @BeforeAll
    static void corpus() {
        corpus = Corpus.generate(tmp.resolve("corpus"), 40, "process", 20, 0.1, true);
        many = Corpus.generate(tmp.resolve("many"), 3000, "pipe", 2, 0, false);
    }

    private static ProcessBuilder nutriscan(String... args) {
        // From another folder, as a user in a script would run it.
        return Binary.in(tmp, args);
    }

    @Test
    void stdoutCarriesOnlyTheDocumentAndStderrOnlyMessages() {
        Binary.Result r = Binary.run(nutriscan("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString()));
        assertEquals(ExitCodes.PAGES_FAILED, r.exit(), r.err());
        Corpus.assertMatchesGroundTruth(corpus, r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(4 + 1, lines.size(), r.err());
        assertTrue(lines.get(4).startsWith("nutriscan: 40 pages, 36 ok, 4 failed in "), r.err());
    }

    /** Regression test for -o /dev/stdout with stdout a pipe: its link names "pipe:[…]", no path, and was refused. */
    @Test
    void outputToDevStdoutWhenStdoutIsAPipeWritesThePipe() {
        // A process's stdout here is a pipe to the test, as in "nutriscan … -o /dev/stdout | jq".
        Binary.Result r = Binary.run(nutriscan("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString(),
                "-o", "/dev/stdout"));
        assertEquals(ExitCodes.PAGES_FAILED, r.exit(), r.err());
        Corpus.assertMatchesGroundTruth(corpus, r.out());
    }

    @Test
    void exitStatusSaysWhatHappened() throws IOException {
        String good = null;
        for (var record : Json.read(corpus.resolve("expected.json"))) {
            if (good == null && !record.get("values").isNull()) {
                good = corpus.resolve(record.get("source").asText()).toString();
            }
        }
        assertEquals(ExitCodes.OK, Binary.run(nutriscan(good)).exit());
        assertEquals(ExitCodes.PAGES_FAILED, Binary.run(nutriscan(good, tmp.resolve("missing.html").toString())).exit());
        Binary.Result usage = Binary.run(nutriscan("--no-such-option"));
        assertEquals(ExitCodes.USAGE, usage.exit());
        assertTrue(usage.err().contains("--no-such-option"), usage.err());
        Binary.Result full = Binary.run(nutriscan(good, "-o", "/dev/full"));
        assertEquals(ExitCodes.OUTPUT_FAILED, full.exit(), full.err());
        assertTrue(full.err().contains("No space left on device"), full.err());
        Binary.Result noFolder = Binary.run(nutriscan(good, "-o", tmp.resolve("no/such/folder.json").toString()));
        assertEquals(ExitCodes.OUTPUT_FAILED, noFolder.exit(), noFolder.err());
        Binary.Result merge = Binary.run(nutriscan("merge", Files.createDirectories(tmp.resolve("no-parts")).toString()));
        assertEquals(ExitCodes.PARTS_REFUSED, merge.exit(), merge.err());
        Binary.Result badList = Binary.run(nutriscan("--list", tmp.resolve("no-such-list.txt").toString()));
        assertEquals(ExitCodes.USAGE, badList.exit(), badList.err());
    }

    /** Run as an unprivileged user (setpriv, when the tests run as root): the page it cannot read is an error record. */
    @Test
    void aPageTheUserCannotReadIsPermissionDenied() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("locked"));
        Path locked = Files.copy(corpus.resolve(Files.readAllLines(corpus.resolve("files.txt")).get(0)), folder.resolve("locked.html"));
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // nobody must reach the binary and the folder, but not the page
            for (Path p = folder; p != null; p = p.getParent()) {
                if (p.startsWith(tmp) || p.equals(tmp)) {
                    Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(Binary.command(java.util.Map.of(), locked.toString()));
        Binary.Result r = Binary.run(new ProcessBuilder(command).directory(folder.toFile()));
        assertEquals(ExitCodes.PAGES_FAILED, r.exit(), r.toString());
        assertEquals("permission denied", Json.parse(r.out()).get(0).get("error").asText(), r.out());
    }

    @Test
    void fourShardProcessesMergedGiveTheSingleRunInEveryFormat() throws Exception {
        String list = corpus.resolve("files.txt").toString();
        Path parts = tmp.resolve("parts");
        List<Process> shards = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            // Half take K from --shard K/N, half from JOB_COMPLETION_INDEX as a Kubernetes Indexed Job sets it.
            ProcessBuilder shard = nutriscan("--list", list, "--base", corpus.toString(), "--out-dir", parts.toString(),
                    "--shard", k < 2 ? k + "/4" : "4").redirectError(ProcessBuilder.Redirect.DISCARD);
            if (k >= 2) {
                shard.environment().put("JOB_COMPLETION_INDEX", Integer.toString(k));
            }
            shards.add(shard.start());
        }
        int worst = 0;
        for (Process shard : shards) {
            assertTrue(shard.waitFor(60, TimeUnit.SECONDS));
            assertTrue(shard.exitValue() == ExitCodes.OK || shard.exitValue() == ExitCodes.PAGES_FAILED, "" + shard.exitValue());
            worst = Math.max(worst, shard.exitValue());
        }
        assertEquals(ExitCodes.PAGES_FAILED, worst, "the corpus has broken pages");
        for (String format : new String[] {"json", "jsonl", "csv"}) {
            Binary.Result single = Binary.run(nutriscan("--list", list, "--base", corpus.toString(), "-f", format));
            Binary.Result merge = Binary.run(nutriscan("merge", parts.toString(), "-f", format));
            assertEquals(single.out(), merge.out(), format);
            assertEquals(ExitCodes.PAGES_FAILED, merge.exit());
            assertEquals(ExitCodes.PAGES_FAILED, single.exit());
        }
    }

    @Test
    void versionStartsAndExitsZero() {
        Binary.Result r = Binary.run(nutriscan("--version"));
        assertTrue(r.out().startsWith("nutriscan "), r.out());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
    }

    /** Regression test for "the kill -9 test killed a process that was waiting for input, not one writing". */
    @Test
    void killDashNineWhileRecordsAreBeingWrittenLeavesTheDestinationUntouched() throws Exception {
        Path out = Files.writeString(tmp.resolve("kept.json"), "[\"the previous run\"]\n");
        Process p = nutriscan("--base", many.toString(), "-o", out.toString(), "-").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path partial = tmp.resolve("kept.json.nutriscan-partial-" + p.pid());
        try (Feeder feeder = new Feeder(p, Files.readAllLines(many.resolve("files.txt")))) {
            // The list keeps coming, so the run is reading pages and writing their records when it is killed.
            waitForBytes(partial, 64 * 1024);
            long before = Files.size(partial);
            waitForBytes(partial, before + 16 * 1024);
            assertTrue(p.isAlive() && feeder.isFeeding(), "still running and writing");
            p.destroyForcibly().waitFor();
        }
        assertEquals("[\"the previous run\"]\n", Files.readString(out));
        assertTrue(Files.size(partial) > 64 * 1024, "the leftover says what it is and holds what was written: " + partial);
    }

    @Test
    void sigtermMidRunExits143RemovesTheTemporaryFileAndKeepsTheDestination() throws Exception {
        Path out = Files.writeString(tmp.resolve("term.json"), "old\n");
        Path errFile = tmp.resolve("term.err");
        Process p = nutriscan("--base", many.toString(), "-o", out.toString(), "-").redirectError(errFile.toFile()).start();
        Path partial = tmp.resolve("term.json.nutriscan-partial-" + p.pid());
        try (Feeder feeder = new Feeder(p, Files.readAllLines(many.resolve("files.txt")))) {
            waitForBytes(partial, 16 * 1024);
            // kill, not Process.destroy(): destroy also closes the child's stdin, and an ended path list would
            // let the run finish normally before the signal is handled.
            assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(ExitCodes.SIGTERM, p.exitValue(), Files.readString(errFile));
        assertEquals("old\n", Files.readString(out));
        assertTrue(!Files.exists(partial), "temporary file removed");
        assertTrue(Files.readString(errFile).contains("interrupted by SIGTERM"), Files.readString(errFile));
    }

    @Test
    void sigintToARunWritingToStdoutClosesTheArrayAndExits130() throws Exception {
        Process p = nutriscan("--base", many.toString(), "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                p.getInputStream().transferTo(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (Feeder feeder = new Feeder(p, Files.readAllLines(many.resolve("files.txt")))) {
            // The event: records on stdout, so the run is under way (the signal handlers are in place).
            for (int i = 0; i < 3000 && out.size() < 16 * 1024; i++) {
                Thread.sleep(10);
            }
            assertTrue(out.size() >= 16 * 1024, "records written: " + out.size() + " bytes");
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        reader.join();
        assertEquals(ExitCodes.SIGINT, p.exitValue());
        assertTrue(Json.parse(out.toString(StandardCharsets.UTF_8)).isArray(), "a valid array of the records written");
    }

    @Test
    void aRunKilledWithSigkillIsFinishedByResumeAsIfNeverInterrupted() throws Exception {
        Path reference = tmp.resolve("reference.jsonl");
        assertEquals(ExitCodes.PAGES_FAILED, Binary.run(nutriscan("--list", corpus.resolve("files.txt").toString(), "--base",
                corpus.toString(), "-f", "jsonl", "-o", reference.toString())).exit());
        Path out = tmp.resolve("killed.jsonl");
        Process p = nutriscan("--base", corpus.toString(), "-f", "jsonl", "-o", out.toString(), "--resume", "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> files = Files.readAllLines(corpus.resolve("files.txt"));
        p.getOutputStream().write((String.join("\n", files.subList(0, 25)) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        for (int i = 0; i < 600 && (!Files.exists(out) || Files.readAllLines(out).size() < 25); i++) {
            Thread.sleep(50);
        }
        assertEquals(25, Files.readAllLines(out).size(), "jsonl is flushed record by record");
        p.destroyForcibly().waitFor();
        Files.write(out, "{\"source\":\"torn".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        Binary.Result resumed = Binary.run(nutriscan("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString(),
                "-f", "jsonl", "-o", out.toString(), "--resume"));
        assertEquals(ExitCodes.PAGES_FAILED, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("(25 already in "), resumed.err());
        assertEquals(Files.readString(reference), Files.readString(out));
    }

    @Test
    void aReaderThatGoesAwayEndsTheRunQuietly() throws Exception {
        Process p = nutriscan("--list", many.resolve("files.txt").toString(), "--base", many.toString()).start();
        byte[] head = p.getInputStream().readNBytes(2000);
        assertEquals(2000, head.length);
        p.getInputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = read(p.getErrorStream());
        assertTrue(!err.contains("Exception") && !err.contains("cannot write"), err);
        assertTrue(p.exitValue() == ExitCodes.OK || p.exitValue() == ExitCodes.PAGES_FAILED, "" + p.exitValue());
    }

    @Test
    void theSeedShapeFromAProcessIsAnArrayOfValueObjects() {
        Binary.Result r = Binary.run(nutriscan("--shape", "seed", "--list", corpus.resolve("files.txt").toString(), "--base",
                corpus.toString()));
        assertEquals(ExitCodes.PAGES_FAILED, r.exit());
        var values = Json.parse(r.out());
        assertEquals(36, values.size());
        assertTrue(values.get(0).isObject() && !values.get(0).has("source"));
    }

    private static void waitForBytes(Path file, long bytes) throws InterruptedException, IOException {
        for (int i = 0; i < 1200 && (!Files.exists(file) || Files.size(file) < bytes); i++) {
            Thread.sleep(10);
        }
        assertTrue(Files.exists(file) && Files.size(file) >= bytes, "expected " + bytes + " bytes in " + file);
    }

    /** Writes a path list to a process's stdin, over and over, until closed: the run never runs out of pages. */
    private static final class Feeder implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);
        private final AtomicBoolean feeding = new AtomicBoolean(true);
        private volatile long fed;
        private final Thread thread;

        Feeder(Process p, List<String> paths) {
            OutputStream stdin = p.getOutputStream();
            thread = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (open.get()) {
                        for (String path : paths) {
                            if (!open.get()) {
                                return;
                            }
                            stdin.write((path + "\n").getBytes(StandardCharsets.UTF_8));
                            stdin.flush();
                            fed++;
                        }
                    }
                } catch (IOException e) {
                    // the process is gone
                } finally {
                    feeding.set(false);
                }
            });
        }

        boolean isFeeding() {
            return feeding.get();
        }

        long fed() {
            return fed;
        }

        @Override
        public void close() throws InterruptedException {
            open.set(false);
            thread.join(5000);
        }
    }
}
