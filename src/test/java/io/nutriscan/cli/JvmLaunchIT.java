package io.nutriscan.cli;

import io.nutriscan.testing.Binary;
import io.nutriscan.testing.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JVM build's own ways of starting: an older Java says what it needs; the aot-jar with its cache. */
class JvmLaunchIT {

    @TempDir
    static Path tmp;
    static Path jar;

    @BeforeAll
    static void jar() {
        jar = Path.of(System.getProperty("nutriscan.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    }

    /** Regression test for "java -jar on Java 17 prints a raw UnsupportedClassVersionError trace". */
    @Test
    void anOlderJavaSaysInOneLineWhichJavaIsNeeded() {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        Assumptions.assumeTrue(Files.isExecutable(java17), "no Java 17 on this machine");
        Binary.Result r = Binary.run(new ProcessBuilder(java17.toString(), "-jar", jar.toString(), "--version"));
        assertEquals(5, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("nutriscan: needs Java 21 or newer (virtual threads); this is Java 17 at "), r.err());
    }

    @Test
    void theAotJarWithItsTrainedCacheGivesTheSameBytesAsTheFastJar() {
        Path aot = jar.getParent().getParent().resolve("nutriscan-aot");
        Assumptions.assumeTrue(Files.exists(aot.resolve("nutriscan.aot")), "no AOT cache (built on JDK < 25)");
        Path corpus = Corpus.generate(tmp.resolve("corpus"), 40, "aot", 20, 0.1, true);
        String[] args = {"--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString()};
        List<String> fast = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString()));
        fast.addAll(List.of(args));
        Binary.Result expected = Binary.run(new ProcessBuilder(fast));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                // AOTMode=on: a cache that cannot be used is an error, not a silent slow start.
                "-XX:AOTMode=on", "-XX:AOTCache=" + aot.resolve("nutriscan.aot"), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", aot.resolve("quarkus-run.jar").toString()));
        command.addAll(List.of(args));
        Binary.Result withCache = Binary.run(new ProcessBuilder(command).directory(tmp.toFile()));
        assertEquals(ExitCodes.PAGES_FAILED, withCache.exit(), withCache.err());
        assertEquals(ExitCodes.PAGES_FAILED, expected.exit(), expected.err());
        assertEquals(expected.out(), withCache.out());
    }
}
