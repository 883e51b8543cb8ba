package io.nutriscan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** .mvn/jdk.sh, which ./mvnw, ./nutriscan and .ci/run source to pick a Java 21+, run by sh on made-up Java homes. */
class JdkSelectionTest {

    @TempDir
    Path tmp;

    private Path javaHome(String name, String releaseLine, boolean javac) throws IOException {
        Path home = tmp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        for (String tool : javac ? new String[] {"java", "javac"} : new String[] {"java"}) {
            Path file = Files.writeString(home.resolve("bin").resolve(tool), "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (releaseLine != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\n" + releaseLine + "\nMODULES=\"java.base\"");
        }
        return home;
    }

    private static String sh(String script, String javaHome) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", ". ./.mvn/jdk.sh; " + script).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return out + "exit " + process.waitFor();
    }

    @Test
    void theFeatureReleaseComesFromTheReleaseFile() throws Exception {
        assertEquals("25\nexit 0", sh("nutriscan_java_feature \"$JAVA_HOME\"", javaHome("a", "JAVA_VERSION=\"25.0.3\"", true).toString()));
        assertEquals("21\nexit 0", sh("nutriscan_java_feature \"$JAVA_HOME\"", javaHome("b", "JAVA_VERSION=\"21\"", true).toString()));
        assertEquals("8\nexit 0", sh("nutriscan_java_feature \"$JAVA_HOME\"", javaHome("c", "JAVA_VERSION=\"1.8.0_392\"", true).toString()));
        assertEquals("exit 0", sh("nutriscan_java_feature \"$JAVA_HOME\"", tmp.resolve("nothing").toString()));
    }

    @Test
    void aFittingJavaHomeIsKeptAndPutFirstOnPath() throws Exception {
        Path home = javaHome("jdk21", "JAVA_VERSION=\"21.0.5\"", true);
        assertEquals(home + "\n" + home + "/bin\nexit 0",
                sh("nutriscan_use_java jdk && echo \"$JAVA_HOME\" && echo \"${PATH%%:*}\"", home.toString()));
    }

    @Test
    void whenNothingFitsItSaysWhatEachCandidateLacks() throws Exception {
        String out = sh("NUTRISCAN_MIN_JAVA=99; nutriscan_use_java jdk", javaHome("jre", "JAVA_VERSION=\"25\"", false).toString());
        assertTrue(out.startsWith("nutriscan: needs a JDK 99 or newer (with javac)"), out);
        assertTrue(out.contains("JAVA_HOME=" + tmp.resolve("jre") + ": Java 25, too old"), out);
        assertTrue(out.endsWith("exit 1"), out);
        out = sh("NUTRISCAN_MIN_JAVA=99; nutriscan_use_java jre", tmp.resolve("missing").toString());
        assertTrue(out.startsWith("nutriscan: needs Java 99 or newer for"), out);
        assertTrue(out.contains("JAVA_HOME=" + tmp.resolve("missing") + ": no bin/java there"), out);
    }
}
