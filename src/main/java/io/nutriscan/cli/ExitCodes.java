package io.nutriscan.cli;

/** What the process exit status says. */
public final class ExitCodes {
    /** Every page gave values. */
    public static final int OK = 0;
    /** The run finished, but some pages failed (each has an error record and a line on stderr). */
    public static final int PAGES_FAILED = 1;
    /** The command line or an input list was wrong; nothing was processed. */
    public static final int USAGE = 2;
    /** The output could not be written (disk full, folder missing, ...); an -o destination is left untouched. */
    public static final int OUTPUT_FAILED = 3;
    /** An unexpected internal error: a bug, please report it with the message. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
