package io.nutriscan.cli;

import io.nutriscan.output.WholeLines;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * What a command works with, given from outside so that the command runs the same in a test as in a
 * process: stdin (path lists), stdout (data only), stderr (messages), the terminals and variables around
 * it, and where requests to stop come from.
 */
public record RunContext(InputStream in, OutputStream out, PrintStream err, Environment environment,
                         StopSignals stopSignals) {

    public RunContext(InputStream in, OutputStream out, PrintStream err, Environment environment) {
        this(in, out, err, environment, StopSignals.NONE);
    }

    /**
     * Stdout for a document: on a terminal, which shows stderr's messages too, it passes whole lines only,
     * so a message never lands inside a record's line; elsewhere the stream itself.
     */
    public OutputStream documentOut() {
        return environment.stdoutIsTerminal() ? new WholeLines(out) : out;
    }
}
