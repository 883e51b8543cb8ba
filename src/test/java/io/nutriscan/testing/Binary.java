package io.nutriscan.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * nutriscan as the process the integration tests run: the native executable when the build made one
 * ({@code ./mvnw verify -Pnative} sets {@code nutriscan.native}), else the fast-jar on the JVM running the
 * tests. The same tests thus hold each build to the same behaviour.
 */
public final class Binary {

    private static final String NATIVE = System.getProperty("nutriscan.native", "");
    private static final String JAR = System.getProperty("nutriscan.jar", "target/quarkus-app/quarkus-run.jar");

    private Binary() {
    }

    /** Whether the binary under test is the native executable. */
    public static boolean isNative() {
        return !NATIVE.isBlank();
    }

    /** The native executable, or the fast-jar, as an absolute path. */
    public static Path path() {
        Path path = Path.of(isNative() ? NATIVE : JAR).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("the binary under test is not built: " + path);
        }
        return path;
    }

    /** The command line for these arguments, with Java system properties (-Dk=v) both kinds of binary read. */
    public static List<String> command(Map<String, String> properties, String... args) {
        List<String> command = new ArrayList<>();
        if (isNative()) {
            command.add(path().toString());
            properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.add("-jar");
            command.add(path().toString());
        }
        command.addAll(List.of(args));
        return command;
    }

    /** A process of the binary under test with these arguments, started in {@code dir}. */
    public static ProcessBuilder in(Path dir, String... args) {
        return new ProcessBuilder(command(Map.of(), args)).directory(dir.toFile());
    }

    /** Runs to the end with empty stdin (unless redirected): exit status, stdout and stderr. */
    public static Result run(Path dir, String... args) {
        return run(in(dir, args));
    }

    public static Result run(ProcessBuilder builder) {
        try {
            if (builder.redirectInput() == ProcessBuilder.Redirect.PIPE) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            }
            Process p = builder.start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("still running after 120 s: " + builder.command());
            }
            return new Result(p.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a finished process gave. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
