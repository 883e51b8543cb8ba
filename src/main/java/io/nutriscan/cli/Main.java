package io.nutriscan.cli;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.vertx.mutiny.core.Vertx;

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
                StopSignals.process(), Main::quarkusVertx), args);
    }

    /** The Vert.x instance Quarkus provides, looked up only when a run first fetches. */
    private static Vertx quarkusVertx() {
        InstanceHandle<Vertx> vertx = Arc.container() == null ? null : Arc.container().instance(Vertx.class);
        return vertx != null && vertx.isAvailable() ? vertx.get() : RunContext.OwnVertx.get();
    }

    public static int run(RunContext context, String... args) {
        return commandLine(context, args).execute(args);
    }

    /** The whole command line, subcommands included. */
    static CommandLine commandLine(RunContext context) {
        return build(NutriscanCommand.class, context);
    }

    /**
     * The command line that parses {@code args} exactly as the whole one does. When no argument names a
     * subcommand or asks for help, that is the extraction command alone: building the subcommands' models
     * (picocli reflects over every option of each) is a good part of the start-up of a short run.
     */
    static CommandLine commandLine(RunContext context, String... args) {
        for (String arg : args) {
            if (NutriscanCommand.SUBCOMMANDS.contains(arg) || mayAskForHelp(arg)) {
                return commandLine(context);
            }
        }
        return build(RunCommand.class, context);
    }

    /** -h, --help, or a cluster of short options that may hold an h (a value such as -ohome.json errs on the safe side). */
    private static boolean mayAskForHelp(String arg) {
        return arg.equals("--help") || (arg.startsWith("-") && !arg.startsWith("--") && arg.indexOf('h') > 0);
    }

    private static CommandLine build(Class<? extends RunCommand> root, RunContext context) {
        CommandLine cli = new CommandLine(root, new CommandFactory(context));
        // Page paths may begin with '@': they are paths, never files of arguments.
        cli.setExpandAtFiles(false);
        cli.setOut(new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(context.environment().helpColours()
                ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // Messages name the command they are about ("nutriscan merge: ..."), and point to its own help.
        cli.setParameterExceptionHandler((e, args) -> {
            String name = e.getCommandLine().getCommandSpec().qualifiedName();
            context.err().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException) {
                context.err().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            context.err().println("nutriscan: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cli;
    }
}
