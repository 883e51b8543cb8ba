package io.nutriscan.testing;

import io.nutriscan.cli.Environment;
import io.nutriscan.cli.Main;
import io.nutriscan.cli.RunContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command with its own stdin, stdout and stderr. */
public record Run(int exit, String out, String err) {

    public static Run of(String... args) {
        return withStdin(new byte[0], false, args);
    }

    public static Run withStdin(String stdin, String... args) {
        return withStdin(stdin.getBytes(StandardCharsets.UTF_8), false, args);
    }

    public static Run withStdin(byte[] stdin, boolean stdinIsTerminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new RunContext(new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), new Environment(stdinIsTerminal, false, java.util.Map.of())), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
