package io.nutriscan.cli;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/** The process entry point under Quarkus: runs the command on the process's own streams. */
@QuarkusMain
public class NutriscanApplication implements QuarkusApplication {

    @Override
    public int run(String... args) {
        return Main.runOnSystemStreams(args);
    }
}
