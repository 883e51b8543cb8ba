package io.nutriscan.cli;

import picocli.CommandLine;

/**
 * Gives each command the run's context. The commands are named one by one, without reflection, so a
 * native image needs nothing registered for them; the man page generator uses picocli's own factory and
 * only reads the definitions.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final RunContext context;

    CommandFactory(RunContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Object command;
        if (type == NutriscanCommand.class) {
            command = new NutriscanCommand(context);
        } else if (type == RunCommand.class) {
            command = new RunCommand(context);
        } else if (type == MergeCommand.class) {
            command = new MergeCommand(context);
        } else if (type == GenerateCommand.class) {
            command = new GenerateCommand(context);
        } else if (type == BenchCommand.class) {
            command = new BenchCommand(context);
        } else if (type == CompletionCommand.class) {
            command = new CompletionCommand(context);
        } else if (type == VersionCommand.class) {
            command = new VersionCommand(context);
        } else {
            return CommandLine.defaultFactory().create(type);
        }
        return type.cast(command);
    }
}
