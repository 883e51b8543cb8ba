package io.nutriscan.cli;

import io.nutriscan.corpus.CorpusWriter;
import io.nutriscan.input.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Writes product pages in the real site's markup, for tests and benchmarks.",
            "With them files.txt (the page list) and expected.json (what a correct run reports for each page).",
            "Same seed, same bytes.",
        })
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write; must be empty unless --force.")
    Path out;

    @Option(names = "--count", paramLabel = "N", description = "Number of pages (default: ${DEFAULT-VALUE}).")
    int count = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "Any text; the same seed gives the same pages (default: ${DEFAULT-VALUE}).")
    String seed = "1";

    @Option(names = "--avg-kb", paramLabel = "K", description = "Average page size in KiB (default: ${DEFAULT-VALUE}).")
    double avgKb = 80;

    @Option(names = "--bad-fraction", paramLabel = "F", description = "Share of broken pages, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double badFraction = 0.02;

    @Option(names = "--nested", description = "Spread pages over CATEGORY/NN/ subfolders.")
    boolean nested;

    @Option(names = "--force", description = "Write into a folder that is not empty.")
    boolean force;

    private final RunContext context;

    public GenerateCommand() {
        this(null);
    }

    GenerateCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (count < 0 || avgKb <= 0 || badFraction < 0 || badFraction > 1) {
            throw new UsageException("need --count >= 0, --avg-kb > 0 and --bad-fraction between 0 and 1");
        }
        try {
            if (Files.isDirectory(out) && !force) {
                try (Stream<Path> entries = Files.list(out)) {
                    if (entries.findAny().isPresent()) {
                        throw new UsageException(out + " is not empty (use --force to write into it)");
                    }
                }
            }
            long started = System.nanoTime();
            CorpusWriter.Summary s = CorpusWriter.write(out, new CorpusWriter.Spec(count, seed, avgKb, badFraction, nested));
            context.err().println(String.format(Locale.ROOT, "generate: wrote %d pages (%d broken), %.1f MB, to %s in %.1f s",
                    s.pages(), s.bad(), s.bytes() / 1e6, out, (System.nanoTime() - started) / 1e9));
            return ExitCodes.OK;
        } catch (IOException e) {
            context.err().println("generate: cannot write " + out + ": " + Problems.describe(e));
            return ExitCodes.OUTPUT_FAILED;
        }
    }
}
