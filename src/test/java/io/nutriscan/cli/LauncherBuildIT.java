package io.nutriscan.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression tests for "two first runs race" and "a failed build exits 1": ./nutriscan in a copy of the
 * checkout whose mvnw and Java are stand-ins, so the launcher's own logic is what runs.
 */
class LauncherBuildIT {

    @TempDir
    Path checkout;

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Files.copy(Path.of("nutriscan"), checkout.resolve("nutriscan"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(checkout.resolve(".mvn"));
        Files.copy(Path.of(".mvn/jdk.sh"), checkout.resolve(".mvn/jdk.sh"));
        Files.createDirectories(checkout.resolve("src/main/java"));
        Files.createDirectories(checkout.resolve("src/main/dist"));
        Files.copy(Path.of("src/main/dist/jvm.options"), checkout.resolve("src/main/dist/jvm.options"));
        Files.writeString(checkout.resolve("src/main/java/Edited.java"), "class Edited {}");
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Path java = checkout.resolve("jdk");
        Files.createDirectories(java.resolve("bin"));
        Files.writeString(java.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");
        executable(java.resolve("bin/java"), "#!/bin/sh\nfor a; do last=$a; done\necho \"ran $last\"\n");
        executable(java.resolve("bin/javac"), "#!/bin/sh\nexit 0\n");
    }

    /** A build that takes a while, counts itself and leaves a fast-jar. */
    private void mvnw(int status) throws IOException {
        executable(checkout.resolve("mvnw"), "#!/bin/sh\nhere=$(dirname \"$0\")\necho \"build $*\" >> \"$here/builds.log\"\nsleep 2\n"
                + (status != 0 ? "echo 'compilation failed' >&2\nexit " + status + "\n"
                : "mkdir -p \"$here/target/quarkus-app\"\necho jar > \"$here/target/quarkus-app/quarkus-run.jar\"\n"));
    }

    private Process launch(String argument) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("sh", checkout.resolve("nutriscan").toString(), argument);
        builder.environment().put("JAVA_HOME", checkout.resolve("jdk").toString());
        return builder.start();
    }

    private static String[] finish(Process process) throws IOException, InterruptedException {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {Integer.toString(process.waitFor()), out, err};
    }

    @Test
    void launchesThatRaceAfterAnEditShareOneBuild() throws Exception {
        mvnw(0);
        List<Process> launches = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            launches.add(launch("page-" + k + ".html"));
        }
        for (int k = 0; k < 3; k++) {
            String[] result = finish(launches.get(k));
            assertEquals("0", result[0], result[2]);
            assertEquals("ran page-" + k + ".html\n", result[1], "stdout carries the run's output only");
        }
        List<String> builds = Files.readAllLines(checkout.resolve("builds.log"));
        assertEquals(1, builds.size(), "one build for all: " + builds);
        // Regression: any edit rebuilt the AOT cache and the archive too (55 s); the launcher builds the fast-jar only.
        assertTrue(builds.get(0).contains("-Dnutriscan.aot.skip=true") && builds.get(0).contains("package"), builds.get(0));
        String[] again = finish(launch("again.html"));
        assertEquals("0", again[0]);
        assertEquals(builds, Files.readAllLines(checkout.resolve("builds.log")), "no build when nothing changed");
    }

    @Test
    void aFailedBuildHasAnExitStatusOfItsOwn() throws Exception {
        mvnw(1);
        String[] result = finish(launch("page.html"));
        assertEquals("5", result[0], result[2]);
        assertEquals("", result[1]);
        assertTrue(result[2].contains("compilation failed") && result[2].contains("nutriscan: the build failed"), result[2]);
    }

    @Test
    void aNativeExecutableNewerThanTheSourcesRunsAndAnEditFallsBackToTheJvmBuild() throws Exception {
        mvnw(0);
        Path runner = checkout.resolve("target/nutriscan-0.1.0-runner");
        Files.createDirectories(runner.getParent());
        executable(runner, "#!/bin/sh\necho \"native $*\"\n");
        Path source = checkout.resolve("src/main/java/Edited.java");
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.setLastModifiedTime(checkout.resolve("pom.xml"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        String[] result = finish(launch("page.html"));
        assertEquals("0", result[0], result[2]);
        assertEquals("native page.html\n", result[1]);
        assertTrue(!Files.exists(checkout.resolve("builds.log")), "no JVM build while the native executable is current");
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        String[] afterEdit = finish(launch("page.html"));
        assertEquals("0", afterEdit[0], afterEdit[2]);
        assertEquals("ran page.html\n", afterEdit[1], "a stale native executable is not run");
    }
}
