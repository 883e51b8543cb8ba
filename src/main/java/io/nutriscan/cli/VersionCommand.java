package io.nutriscan.cli;

import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code nutriscan version}: what {@code --version} prints, for those who type it as a command. */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the version (the same as --version).")
public class VersionCommand implements Callable<Integer> {

    private final RunContext context;

    public VersionCommand() {
        this(null);
    }

    VersionCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        context.out().write((String.join("\n", new VersionProvider().getVersion()) + "\n").getBytes(StandardCharsets.UTF_8));
        context.out().flush();
        return ExitCodes.OK;
    }
}
