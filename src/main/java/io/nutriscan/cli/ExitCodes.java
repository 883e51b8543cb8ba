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
    /** merge: the parts do not make one whole input list (missing, doubled, changed, or from another list). */
    public static final int PARTS_REFUSED = 4;
    /** An input list could not be read to its end (an I/O error); an -o destination is left untouched. */
    public static final int INPUT_FAILED = 6;
    /** Stopped by SIGINT (130) or SIGTERM (143): 128 + the signal number, as shells report it. */
    public static final int SIGINT = 130;
    public static final int SIGTERM = 143;
    /** An unexpected internal error: a bug, please report it with the message. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /** The status of a run (or a merge) that wrote all its records: 0 when none failed, 1 when some did. */
    public static int forFailures(long failedRecords) {
        return failedRecords == 0 ? OK : PAGES_FAILED;
    }
}
