package io.nutriscan.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Prints a completion script for bash or zsh.",
            "It is made from the same definitions as --help:",
            "  source <(nutriscan completion)                  # this shell (bash or zsh)",
            "  nutriscan completion > /etc/bash_completion.d/nutriscan",
        })
public class CompletionCommand implements Callable<Integer> {

    enum Shell { BASH, ZSH }

    @Parameters(paramLabel = "SHELL", arity = "0..1", converter = Converters.ShellName.class, completionCandidates = Candidates.Shells.class,
            description = "bash (default) or zsh: one script serves both (zsh loads bashcompinit).")
    Shell shell = Shell.BASH;

    @Spec
    CommandSpec spec;

    private final RunContext context;

    public CompletionCommand() {
        this(null);
    }

    CompletionCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String script = AutoComplete.bash("nutriscan", spec.root().commandLine());
        context.out().write(script.getBytes(StandardCharsets.UTF_8));
        context.out().flush();
        return ExitCodes.OK;
    }
}
