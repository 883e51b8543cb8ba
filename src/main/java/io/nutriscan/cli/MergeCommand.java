package io.nutriscan.cli;

import io.nutriscan.input.Problems;
import io.nutriscan.output.BrokenPipe;
import io.nutriscan.output.Destination;
import io.nutriscan.output.OutputTarget;
import io.nutriscan.output.Outputs;
import io.nutriscan.shard.Merge;
import io.nutriscan.shard.PartSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Joins the parts of a sharded run into one document.",
            "The parts are those 'nutriscan --shard K/N --out-dir DIR' wrote; the result, in input order, has the same bytes",
            "a single run over the whole list writes. Refuses, before writing anything, when a part is missing, doubled,",
            "changed, or came from another input list.",
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  merged; every page gave values",
            "  1  merged; some pages failed (their error records are in the output)",
            "  2  usage error",
            "  3  the output could not be written (an -o destination is left untouched)",
            "  4  the parts do not make one whole input list (the message says which part and what to run)",
        })
public class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder the shards wrote their parts to.")
    Path folder;

    @Mixin
    DocumentOptions document = new DocumentOptions();

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr; errors only.")
    boolean quiet;

    private final RunContext context;

    public MergeCommand() {
        this(null);
    }

    MergeCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new UsageException(folder + " is not a folder");
        }
        long started = System.nanoTime();
        PartSet parts;
        try {
            parts = PartSet.open(folder);
        } catch (PartSet.Refused e) {
            context.err().println("nutriscan merge: refused: " + e.getMessage());
            return ExitCodes.PARTS_REFUSED;
        } catch (IOException e) {
            context.err().println("nutriscan merge: cannot read " + folder + ": " + Problems.describe(e));
            return ExitCodes.PARTS_REFUSED;
        }
        OutputTarget target;
        try {
            target = Outputs.documentTarget(document.output, context.documentOut());
        } catch (Destination.Unusable e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            context.err().println("nutriscan merge: cannot write " + document.output + ": " + Problems.describe(e));
            return ExitCodes.OUTPUT_FAILED;
        }
        try {
            Merge.into(parts, target, document.format, document.shape);
        } catch (IOException e) {
            if (document.output == null && BrokenPipe.is(e)) {
                return ExitCodes.forFailures(parts.failed());
            }
            context.err().println(FailureMessages.cannot("nutriscan merge", "write", document.output, e, target.untouchedOnFailure()));
            return ExitCodes.OUTPUT_FAILED;
        }
        if (!quiet) {
            context.err().println(String.format(Locale.ROOT, "nutriscan merge: %d parts, %s, %d ok, %d failed in %.2f s",
                    parts.parts(), RunReport.pages(parts.pages()), parts.pages() - parts.failed(), parts.failed(),
                    (System.nanoTime() - started) / 1e9));
        }
        return ExitCodes.forFailures(parts.failed());
    }
}
