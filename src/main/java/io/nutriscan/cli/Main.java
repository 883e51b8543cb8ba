package io.nutriscan.cli;

import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Builds the command line and runs it on the given streams; returns the exit status. */
public final class Main {

    private Main() {
    }

    /** The process's own streams: stdout and stderr as raw UTF-8 bytes, whatever the locale. */
    public static int runOnSystemStreams(String... args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(new RunContext(System.in, new FileOutputStream(FileDescriptor.out), err, Environment.process(),
                StopSignals.process()), args);
    }

    public static int run(RunContext context, String... args) {
        return commandLine(context).execute(args);
    }

    static CommandLine commandLine(RunContext context) {
        CommandLine cli = new CommandLine(ExtractCommand.class, new CommandFactory(context));
        // Page paths may begin with '@': they are paths, never files of arguments.
        cli.setExpandAtFiles(false);
        cli.setOut(new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(context.environment().helpColours()
                ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cli.setParameterExceptionHandler((e, args) -> {
            context.err().println("nutriscan: " + e.getMessage() + " (see 'nutriscan --help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException) {
                context.err().println("nutriscan: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            context.err().println("nutriscan: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cli;
    }
}
