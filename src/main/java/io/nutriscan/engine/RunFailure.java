package io.nutriscan.engine;

import java.io.IOException;
import java.nio.file.Path;

/** What kept a run from writing its output; {@link #kind()} says whose the trouble is. */
public final class RunFailure extends Exception {

    public enum Kind {
        /**
         * The output cannot take this run: a folder, a device to append to, a file that was not written by a
         * JSON Lines run, or one written from other inputs. Nothing was written.
         */
        REFUSED,
        /** The output could not be written (a full disk, a missing folder, no permission). */
        OUTPUT,
        /** An input list could not be read to its end (an I/O error). */
        INPUT
    }

    private final Kind kind;
    private final String action;
    private final Path output;
    private final boolean untouched;

    private RunFailure(Kind kind, String message, Throwable cause, String action, Path output, boolean untouched) {
        super(message, cause);
        this.kind = kind;
        this.action = action;
        this.output = output;
        this.untouched = untouched;
    }

    static RunFailure refused(String why) {
        return new RunFailure(Kind.REFUSED, why, null, null, null, true);
    }

    /**
     * {@code action}: what could not be done ("write", "resume from", "write in"); {@code output}: the file or
     * folder, null for the stream; {@code untouched}: it is as it was before the run.
     */
    static RunFailure output(String action, Path output, IOException cause, boolean untouched) {
        return new RunFailure(Kind.OUTPUT, cause.getMessage(), cause, action, output, untouched);
    }

    static RunFailure input(IOException cause) {
        return new RunFailure(Kind.INPUT, cause.getMessage(), cause, "read", null, true);
    }

    public Kind kind() {
        return kind;
    }

    /** What could not be done: "write", "resume from", "write in" (a folder), "read" (an input list). */
    public String action() {
        return action;
    }

    /** The file or folder that could not be written; null for the stream (or when it is not about the output). */
    public Path output() {
        return output;
    }

    /** Whether the destination is as it was before the run. */
    public boolean untouched() {
        return untouched;
    }

    /** The I/O error behind an OUTPUT or INPUT failure. */
    public IOException ioCause() {
        return (IOException) getCause();
    }
}
