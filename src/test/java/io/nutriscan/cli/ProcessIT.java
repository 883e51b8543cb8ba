package io.nutriscan.cli;

import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built fast-jar run as a real process: what a shell user sees on stdout, stderr and in the exit status. */
class ProcessIT {

    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void corpus() {
        corpus = Corpus.generate(tmp.resolve("corpus"), 40, "process", 20, 0.1, true);
    }

    private static ProcessBuilder nutriscan(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(Path.of(System.getProperty("nutriscan.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath().toString());
        command.addAll(List.of(args));
        // From another folder, as a user in a script would run it.
        return new ProcessBuilder(command).directory(tmp.toFile());
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Regression test for "java -jar on Java 17 prints a raw UnsupportedClassVersionError trace". */
    @Test
    void anOlderJavaSaysInOneLineWhichJavaIsNeeded() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        Assumptions.assumeTrue(Files.isExecutable(java17), "no Java 17 on this machine");
        Path jar = Path.of(System.getProperty("nutriscan.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        Process p = new ProcessBuilder(java17.toString(), "-jar", jar.toString(), "--version").start();
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());
        assertEquals(5, p.waitFor(), err);
        assertEquals("", out);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("nutriscan: needs Java 21 or newer (virtual threads); this is Java 17 at "), err);
    }

    @Test
    void stdoutCarriesOnlyTheDocumentAndStderrOnlyMessages() throws Exception {
        Process p = nutriscan("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());
        assertEquals(ExitCodes.PAGES_FAILED, p.waitFor());
        Corpus.assertMatchesGroundTruth(corpus, out);
        List<String> lines = err.lines().toList();
        assertEquals(4 + 1, lines.size(), err);
        assertTrue(lines.get(4).startsWith("nutriscan: 40 pages, 36 ok, 4 failed in "), err);
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
            Process single = nutriscan("--list", list, "--base", corpus.toString(), "-f", format)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String expected = read(single.getInputStream());
            Process merge = nutriscan("merge", parts.toString(), "-f", format).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertEquals(expected, read(merge.getInputStream()), format);
            assertEquals(ExitCodes.PAGES_FAILED, merge.waitFor());
            assertEquals(ExitCodes.PAGES_FAILED, single.waitFor());
        }
    }

    @Test
    void versionStartsAndExitsZero() throws Exception {
        Process p = nutriscan("--version").start();
        assertTrue(read(p.getInputStream()).startsWith("nutriscan "));
        assertEquals("", read(p.getErrorStream()));
        assertEquals(0, p.waitFor());
    }

    @Test
    void killDashNineMidRunLeavesTheDestinationUntouched() throws Exception {
        Path out = Files.writeString(tmp.resolve("kept.json"), "[\"the previous run\"]\n");
        Process p = nutriscan("--base", corpus.toString(), "-o", out.toString(), "-").start();
        // Feed part of the list and keep stdin open: the run is mid-way, writing its temporary file.
        OutputStream stdin = p.getOutputStream();
        List<String> files = Files.readAllLines(corpus.resolve("files.txt"));
        stdin.write((String.join("\n", files.subList(0, 20)) + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        Path partial = tmp.resolve("kept.json.nutriscan-partial-" + p.pid());
        waitFor(partial);
        p.destroyForcibly().waitFor();
        assertEquals("[\"the previous run\"]\n", Files.readString(out));
        assertTrue(Files.exists(partial), "the leftover says what it is: " + partial);
    }

    @Test
    void sigtermMidRunRemovesTheTemporaryFileAndKeepsTheDestination() throws Exception {
        Path out = Files.writeString(tmp.resolve("term.json"), "old\n");
        Process p = nutriscan("--base", corpus.toString(), "-o", out.toString(), "-").start();
        p.getOutputStream().write("000001-x.html\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        Path partial = tmp.resolve("term.json.nutriscan-partial-" + p.pid());
        waitFor(partial);
        // kill, not Process.destroy(): destroy also closes the child's stdin, and an ended path list would
        // let the run finish normally before the signal is handled.
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals("old\n", Files.readString(out));
        assertTrue(!Files.exists(partial), "temporary file removed");
    }

    @Test
    void aRunKilledWithSigkillIsFinishedByResumeAsIfNeverInterrupted() throws Exception {
        Path reference = tmp.resolve("reference.jsonl");
        nutriscan("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString(), "-f", "jsonl", "-o",
                reference.toString()).start().waitFor();
        Path out = tmp.resolve("killed.jsonl");
        Process p = nutriscan("--base", corpus.toString(), "-f", "jsonl", "-o", out.toString(), "--resume", "-").start();
        List<String> files = Files.readAllLines(corpus.resolve("files.txt"));
        p.getOutputStream().write((String.join("\n", files.subList(0, 25)) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        for (int i = 0; i < 300 && (!Files.exists(out) || Files.readAllLines(out).size() < 25); i++) {
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor();
        Files.write(out, "{\"source\":\"torn".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        Process resumed = nutriscan("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString(), "-f", "jsonl",
                "-o", out.toString(), "--resume").start();
        String err = read(resumed.getErrorStream());
        assertEquals(ExitCodes.PAGES_FAILED, resumed.waitFor(), err);
        assertTrue(err.contains("(25 already in "), err);
        assertEquals(Files.readString(reference), Files.readString(out));
    }

    @Test
    void aReaderThatGoesAwayEndsTheRunQuietly() throws Exception {
        Path many = Corpus.generate(tmp.resolve("many"), 3000, "pipe", 2, 0, false);
        Process p = nutriscan("--list", many.resolve("files.txt").toString(), "--base", many.toString()).start();
        byte[] head = p.getInputStream().readNBytes(2000);
        assertTrue(head.length == 2000);
        p.getInputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = read(p.getErrorStream());
        assertTrue(!err.contains("Exception") && !err.contains("cannot write"), err);
    }

    @Test
    void theSeedShapeFromAProcessIsAnArrayOfValueObjects() throws Exception {
        Process p = nutriscan("--shape", "seed", "--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString())
                .start();
        String out = read(p.getInputStream());
        p.waitFor();
        var values = Json.parse(out);
        assertEquals(36, values.size());
        assertTrue(values.get(0).isObject() && !values.get(0).has("source"));
    }

    @Test
    void theAotJarWithItsTrainedCacheGivesTheSameBytesAsTheFastJar() throws Exception {
        Path aot = Path.of(System.getProperty("nutriscan.jar")).toAbsolutePath().getParent().getParent().resolve("nutriscan-aot");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(aot.resolve("nutriscan.aot")), "no AOT cache (built on JDK < 25)");
        String[] args = {"--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString()};
        Process fast = nutriscan(args).start();
        String expected = read(fast.getInputStream());
        fast.waitFor();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                // AOTMode=on: a cache that cannot be used is an error, not a silent slow start.
                "-XX:AOTMode=on", "-XX:AOTCache=" + aot.resolve("nutriscan.aot"), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", aot.resolve("quarkus-run.jar").toString()));
        command.addAll(List.of(args));
        Process withCache = new ProcessBuilder(command).directory(tmp.toFile()).start();
        String out = read(withCache.getInputStream());
        String err = read(withCache.getErrorStream());
        assertEquals(ExitCodes.PAGES_FAILED, withCache.waitFor(), err);
        assertEquals(expected, out);
    }

    private static void waitFor(Path file) throws InterruptedException {
        for (int i = 0; i < 300 && !Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(file), "expected " + file);
    }
}
