package io.nutriscan.cli;

import io.nutriscan.engine.RunFailure;
import io.nutriscan.input.Problems;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** A run's failure in the user's words, and the exit status it means. */
final class FailureMessages {

    private FailureMessages() {
    }

    /** Says what went wrong on {@code err} (as {@code who}: "nutriscan", "nutriscan merge") and returns the exit status. */
    static int report(RunFailure failure, String who, PrintStream err) {
        return switch (failure.kind()) {
            case REFUSED -> {
                err.println(who + ": " + failure.getMessage());
                yield ExitCodes.USAGE;
            }
            case OUTPUT -> {
                err.println(cannot(who, failure.action(), failure.output(), failure.ioCause(), failure.untouched()));
                yield ExitCodes.OUTPUT_FAILED;
            }
            case INPUT -> {
                err.println(who + ": cannot read the input list to its end: " + Problems.describe(failure.ioCause()));
                yield ExitCodes.INPUT_FAILED;
            }
        };
    }

    /**
     * "nutriscan: cannot write out.json: No space left on device (out.json left as it was)". {@code output}: null
     * for stdout; {@code untouched}: the destination is as it was before the run (a file written beside it).
     */
    static String cannot(String who, String action, Path output, IOException e, boolean untouched) {
        return who + ": cannot " + action + " " + (output == null ? "stdout" : output) + ": " + Problems.describe(e)
                + (output == null || !untouched || !action.equals("write") ? "" : " (" + output + " left as it was)");
    }
}
