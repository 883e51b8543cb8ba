package io.nutriscan.cli;

import io.nutriscan.input.Problems;

import java.io.IOException;
import java.nio.file.Path;

/** The line stderr gets when the output cannot be written: where, why, and that a file destination is untouched. */
final class WriteFailure {

    private WriteFailure() {
    }

    /**
     * {@code who}: "nutriscan" or "nutriscan merge"; {@code output}: null for stdout; {@code untouched}: the
     * destination is as it was before the run (a file written beside it), not a device written directly.
     */
    static String describe(String who, Path output, IOException e, boolean untouched) {
        return who + ": cannot write " + (output == null ? "stdout" : output) + ": " + Problems.describe(e)
                + (output == null || !untouched ? "" : " (" + output + " left as it was)");
    }
}
