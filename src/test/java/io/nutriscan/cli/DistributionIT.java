package io.nutriscan.cli;

import io.nutriscan.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The release archive as a user gets it, unpacked in a fresh folder and run through a symlink from another
 * folder with no Java on PATH: the native one ({@code -Pnative}: the executable alone, no JVM inside) or the
 * JVM one (a linked runtime, the application and its AOT cache). It must give this JVM's bytes, pass
 * arguments through untouched, and hand back exit codes and signals.
 */
class DistributionIT {

    /** What the native archive may weigh unpacked, in bytes: 50 MiB. */
    static final long NATIVE_UNPACKED_LIMIT = 50L << 20;

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path bin;
    static Path work;
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("nutriscan.dist", "none"));
        assumeTrue(Files.exists(archive), "no distribution (built on JDK < 25): " + archive);
        Path unpacked = Files.createDirectories(tmp.resolve("unpacked"));
        assertEquals(0, new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString()).inheritIO().start().waitFor());
        try (var top = Files.list(unpacked)) {
            home = top.findFirst().orElseThrow();
            assertTrue(home.getFileName().toString().startsWith("nutriscan-"), home.toString());
            // A PATH with no java on it: only what the launcher needs, and the symlink a user would make.
            assertTrue(Files.isRegularFile(home.resolve("share/man/man1/nutriscan.1")), "man pages in the archive");
            assertTrue(Files.readString(home.resolve("share/bash-completion/completions/nutriscan")).contains("_complete_nutriscan"),
                    "completion in the archive");
            bin = Files.createDirectories(tmp.resolve("bin"));
            Files.createSymbolicLink(bin.resolve("readlink"), Path.of(which("readlink")));
            Files.createSymbolicLink(bin.resolve("nutriscan"), home.resolve("bin/nutriscan"));
        }
        corpus = Corpus.generate(tmp.resolve("corpus"), 60, "dist", 20, 0.1, true);
        work = Files.createDirectories(tmp.resolve("somewhere else"));
    }

    private static String which(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + command).start();
        String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return path;
    }

    private static ProcessBuilder dist(String opts, String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("nutriscan").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        if (opts != null) {
            pb.environment().put("NUTRISCAN_OPTS", opts);
        }
        return pb;
    }

    /** What this JVM writes for the same arguments (all paths in them absolute). */
    private static String fastJar(String... args) {
        return io.nutriscan.testing.CliRun.of(args).out();
    }

    private static boolean isNative() throws IOException {
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(home.resolve("bin/nutriscan"))) {
            in.readNBytes(head, 0, 4);
        }
        return head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
    }

    @Test
    void givesTheBytesThisJvmWrites() throws Exception {
        String[] args = {"--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString()};
        // JVM archive: -XX:AOTMode=on makes a cache that does not fit this runtime and these files stop the JVM
        // instead of being skipped. The native executable has no JVM to give options to.
        Process p = dist(isNative() ? null : "-XX:AOTMode=on", args).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.PAGES_FAILED, p.waitFor(), err);
        assertEquals(fastJar(args), out);
    }

    /**
     * What each archive holds: the native one, the executable alone (no JVM inside) and small; the JVM one, its
     * linked runtime and its AOT cache. Both: the licences.
     */
    @Test
    void theArchiveHoldsWhatItShould() throws Exception {
        assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));
        assertTrue(Files.readString(home.resolve("licenses/THIRD-PARTY.txt")).contains("jsoup"));
        if (!isNative()) {
            assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")) && Files.isRegularFile(home.resolve("lib/nutriscan.aot")));
            return;
        }
        assertTrue(!Files.exists(home.resolve("runtime")) && !Files.exists(home.resolve("lib")), "no JVM inside");
        assertTrue(Files.isRegularFile(home.resolve("licenses/java.base/LICENSE")), "the JDK class library's licence");
        long unpacked;
        try (var all = Files.walk(home)) {
            unpacked = all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(unpacked <= NATIVE_UNPACKED_LIMIT, "unpacked " + unpacked + " bytes, over " + NATIVE_UNPACKED_LIMIT);
    }

    /** The runtime holds only the modules the probe runs needed: every command must still run on it. */
    @Test
    void everyCommandRunsOnTheBundledRuntime() throws Exception {
        String list = corpus.resolve("files.txt").toString();
        Path parts = work.resolve("dist-parts");
        for (String shard : new String[] {"0/2", "1/2"}) {
            Process p = dist(null, "--list", list, "--base", corpus.toString(), "--shard", shard, "--out-dir", parts.toString(),
                    "--progress", "-q").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor() <= ExitCodes.PAGES_FAILED);
        }
        Process merge = dist(null, "merge", parts.toString(), "-f", "csv").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String csv = new String(merge.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.PAGES_FAILED, merge.waitFor());
        assertEquals(fastJar("--list", list, "--base", corpus.toString(), "-f", "csv"), csv);
        String[][] others = {{"bench", "--pages", "20", "--avg-kb", "4", "--runs", "1", "--levels", "2", "--json", "-q"},
            {"completion"}, {"completion", "zsh"}, {"--help"}, {"help", "merge"}, {"version"}, {"merge", "--help"}, {"generate", "--out", work.resolve("gen").toString(), "--count", "3"},
            {"--charset", "windows-1251", list}};
        for (String[] args : others) {
            Process p = dist(null, args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            assertTrue(status <= ExitCodes.PAGES_FAILED, String.join(" ", args) + ": " + status + " " + err);
            assertTrue(!err.contains("NoClassDefFoundError") && !err.contains("internal error"), err);
        }
    }

    @Test
    void argumentsPassThroughUntouchedAndExitCodesComeBack() throws Exception {
        Path odd = Files.copy(corpus.resolve(Files.readAllLines(corpus.resolve("files.txt")).get(1)),
                work.resolve("@odd name -0.html"));
        Process ok = dist(null, odd.getFileName().toString()).start();
        String out = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = ok.waitFor();
        assertTrue(out.contains("\"source\":\"@odd name -0.html\""), out);
        assertTrue(status == ExitCodes.OK || status == ExitCodes.PAGES_FAILED);
        Process usage = dist(null, "--no-such-option").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(ExitCodes.USAGE, usage.waitFor());
    }

    @Test
    void sigtermReachesTheProcess() throws Exception {
        Path out = Files.writeString(work.resolve("kept.json"), "kept\n");
        Path errFile = work.resolve("sigterm.err");
        Process p = dist(null, "--base", corpus.toString(), "-o", out.toString(), "-")
                .redirectError(errFile.toFile()).start();
        p.getOutputStream().write((Files.readAllLines(corpus.resolve("files.txt")).get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        Path partial = work.resolve("kept.json.nutriscan-partial-" + p.pid());
        for (int i = 0; i < 300 && !Files.exists(partial); i++) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(partial), "no process between: the pid started writes " + partial);
        // kill, not Process.destroy(): destroy also closes the child's stdin, and an ended path list would
        // let the run finish normally before the signal is handled.
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(ExitCodes.SIGTERM, p.exitValue(), Files.readString(errFile));
        assertEquals("kept\n", Files.readString(out));
        assertTrue(!Files.exists(partial));
    }

    @Test
    void noJavaOnThePathIsNeeded() throws Exception {
        assertTrue(!new File(bin.toFile(), "java").exists());
        Process p = dist(null, "--version").start();
        assertTrue(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("nutriscan "));
        assertEquals(0, p.waitFor());
    }
}
