package io.nutriscan.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard input is a terminal, so a run with no inputs shows usage instead of waiting for typing. */
public final class Stdin {

    private Stdin() {
    }

    public static boolean isTerminal() {
        try {
            // Linux: fd 0 links to the terminal device when it is one.
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Elsewhere: a console exists only when both stdin and stdout are terminals; err on the side of not reading.
            return System.console() != null;
        }
    }
}
