package io.nutriscan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a command learns from the process around it: whether stdin and stderr are terminals (a run with no
 * inputs shows usage instead of waiting for typing; progress and colours only for a person watching) and
 * the environment variables it honours ({@code NO_COLOR}, {@code JOB_COMPLETION_INDEX}).
 */
public record Environment(boolean stdinIsTerminal, boolean stdoutIsTerminal, boolean stderrIsTerminal,
                          Map<String, String> variables) {

    /** Not a terminal anywhere, no variables: what tests and pipelines see. */
    public static final Environment NONE = new Environment(false, false, false, Map.of());

    public static Environment process() {
        return new Environment(isTerminal(0), isTerminal(1), isTerminal(2), System.getenv());
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** Colours on stderr: only for a terminal, and never when NO_COLOR is set to anything but "" (no-color.org). */
    public boolean colours() {
        return stderrIsTerminal && !noColour();
    }

    /** Colours in --help on stdout: the same rule for stdout. */
    public boolean helpColours() {
        return stdoutIsTerminal && !noColour();
    }

    private boolean noColour() {
        return variable("NO_COLOR").filter(value -> !value.isEmpty()).isPresent();
    }

    private static boolean isTerminal(int fd) {
        try {
            // Linux: the descriptor links to the terminal device when it is one.
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Elsewhere: a console exists only when both stdin and stdout are terminals; err on the side of "no".
            return System.console() != null;
        }
    }
}
