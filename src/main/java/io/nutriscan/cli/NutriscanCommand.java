package io.nutriscan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.util.List;

/**
 * The whole command line: {@link RunCommand}'s options and help with the subcommands added. Help,
 * completion and the man pages are made from this; a plain extraction run parses with RunCommand alone
 * and never builds the subcommands' models (see {@link Main#commandLine(RunContext, String...)}).
 */
@Command(subcommands = {MergeCommand.class, GenerateCommand.class, BenchCommand.class, CompletionCommand.class,
    CommandLine.HelpCommand.class, VersionCommand.class})
public class NutriscanCommand extends RunCommand {

    /** The subcommands' names, as their {@code @Command} annotations give them (a test keeps the two alike). */
    static final List<String> SUBCOMMANDS = List.of("merge", "generate", "bench", "completion", "help", "version");

    public NutriscanCommand() {
        this(null);
    }

    NutriscanCommand(RunContext context) {
        super(context);
    }
}
