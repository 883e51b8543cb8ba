package io.nutriscan.cli;

import io.quarkus.runtime.QuarkusApplication;

/** The application Quarkus runs (from {@link JavaVersionCheck}): the command on the process's own streams. */
public class NutriscanApplication implements QuarkusApplication {

    @Override
    public int run(String... args) {
        int status = Main.runOnSystemStreams(args);
        // The command has written, flushed and closed everything it opened: what is left to shut down is the
        // runtime's own (the Vert.x instance and its threads), several milliseconds of every short run that
        // nothing would see. The process ends here, as a C tool's would.
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(status);
        return status;
    }
}
