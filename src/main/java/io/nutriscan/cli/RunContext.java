package io.nutriscan.cli;

import io.nutriscan.output.WholeLines;
import io.vertx.mutiny.core.Vertx;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * What a command works with, given from outside so that the command runs the same in a test as in a
 * process: stdin (path lists), stdout (data only), stderr (messages), the terminals and variables around
 * it, where requests to stop come from, and the Vert.x instance fetches run on (the one Quarkus provides).
 */
public record RunContext(InputStream in, OutputStream out, PrintStream err, Environment environment,
                         StopSignals stopSignals, Supplier<Vertx> vertx) {

    public RunContext(InputStream in, OutputStream out, PrintStream err, Environment environment) {
        this(in, out, err, environment, StopSignals.NONE);
    }

    /** Outside Quarkus (tests, tools): fetches run on one Vert.x instance of this JVM's own, made on first use. */
    public RunContext(InputStream in, OutputStream out, PrintStream err, Environment environment, StopSignals stopSignals) {
        this(in, out, err, environment, stopSignals, OwnVertx::get);
    }

    /** A Vert.x instance for runs outside Quarkus. */
    static final class OwnVertx {
        private static Vertx instance;

        private OwnVertx() {
        }

        static synchronized Vertx get() {
            if (instance == null) {
                instance = Vertx.vertx();
            }
            return instance;
        }
    }

    /**
     * Stdout for a document: on a terminal, which shows stderr's messages too, it passes whole lines only,
     * so a message never lands inside a record's line; elsewhere the stream itself.
     */
    public OutputStream documentOut() {
        return environment.stdoutIsTerminal() ? new WholeLines(out) : out;
    }
}
