package io.nutriscan.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * What a command works with, given from outside so that the command runs the same in a test as in a
 * process: stdin (path lists), stdout (data only), stderr (messages), whether stdin is a terminal, and
 * where requests to stop come from.
 */
public record RunContext(InputStream in, OutputStream out, PrintStream err, BooleanSupplier stdinIsTerminal,
                         StopSignals stopSignals) {

    public RunContext(InputStream in, OutputStream out, PrintStream err, BooleanSupplier stdinIsTerminal) {
        this(in, out, err, stdinIsTerminal, StopSignals.NONE);
    }
}
