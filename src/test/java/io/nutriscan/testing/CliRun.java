package io.nutriscan.testing;

import io.nutriscan.cli.Environment;
import io.nutriscan.cli.Main;
import io.nutriscan.cli.RunContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of the command with its own stdin, stdout, stderr and environment. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        return in(Environment.NONE, new byte[0], args);
    }

    public static CliRun withStdin(String stdin, String... args) {
        return in(Environment.NONE, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    public static CliRun withStdin(byte[] stdin, boolean stdinIsTerminal, String... args) {
        return in(new Environment(stdinIsTerminal, false, false, Map.of()), stdin, args);
    }

    /** A run with these environment variables set (and no terminal). */
    public static CliRun withVariables(Map<String, String> variables, String... args) {
        return in(new Environment(false, false, false, variables), new byte[0], args);
    }

    public static CliRun in(Environment environment, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new RunContext(new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), environment), args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
