package io.nutriscan.cli;

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
}
