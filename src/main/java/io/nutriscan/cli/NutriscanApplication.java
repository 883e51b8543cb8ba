package io.nutriscan.cli;

import io.quarkus.runtime.QuarkusApplication;

/** The application Quarkus runs (from {@link JavaVersionCheck}): the command on the process's own streams. */
public class NutriscanApplication implements QuarkusApplication {

    @Override
    public int run(String... args) {
        return Main.runOnSystemStreams(args);
    }
}
