package io.nutriscan.cli;

import io.nutriscan.bench.BenchChart;
import io.nutriscan.bench.BenchConfig;
import io.nutriscan.bench.BenchReport;
import io.nutriscan.bench.BenchResult;
import io.nutriscan.bench.BenchRunner;
import io.nutriscan.corpus.CorpusWriter;
import io.nutriscan.engine.EngineKind;
import io.nutriscan.engine.Settings;
import io.nutriscan.input.PageInputs;
import io.nutriscan.input.Problems;
import io.nutriscan.model.PageInput;
import io.nutriscan.output.Destination;
import io.nutriscan.output.OutputTarget;
import io.nutriscan.output.Outputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Measures the engines on this machine and draws the result.",
            "The same pages go through the sequential, platform-thread and virtual-thread engines at a few concurrency",
            "levels, in this process, after a warm-up run of each. Prints pages/s, MB/s, speedup over the first",
            "configuration, peak heap and allocation per page, and checks that every configuration wrote the same bytes.",
        })
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Pages to use: DIR/files.txt if there is one, else every page under DIR. Default: generate pages.")
    Path corpus;

    @Option(names = "--pages", paramLabel = "N", description = "Pages to generate (default: ${DEFAULT-VALUE}).")
    int pages = 3000;

    @Option(names = "--avg-kb", paramLabel = "K", description = "Average size of generated pages in KiB (default: ${DEFAULT-VALUE}).")
    double avgKb = 80;

    @Option(names = "--engines", paramLabel = "LIST", split = ",", converter = Converters.Engine.class, completionCandidates = Candidates.Engines.class,
            description = "Engines to run (default: sequential,platform,virtual).")
    List<EngineKind> engines = List.of(EngineKind.SEQUENTIAL, EngineKind.PLATFORM, EngineKind.VIRTUAL);

    @Option(names = "--levels", paramLabel = "LIST", split = ",",
            description = "Concurrency levels (-j) for the platform and virtual engines (default: 1, 4 and 16 per core).")
    List<Integer> levels;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per configuration; the best counts (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--nutrients", description = "Read each page's whole nutrient profile too, as a run with --nutrients does.")
    boolean nutrients;

    @Option(names = "--chart", paramLabel = "FILE", description = "Also write the results as an SVG bar chart to FILE.")
    Path chart;

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No line on stderr per configuration.")
    boolean quiet;

    private final RunContext context;

    public BenchCommand() {
        this(null);
    }

    BenchCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        List<Integer> js = levels != null ? levels : List.of(Settings.cores(), 4 * Settings.cores(), 16 * Settings.cores());
        if (pages < 1 || avgKb <= 0 || runs < 1 || js.stream().anyMatch(j -> j < 1) || engines.isEmpty()) {
            throw new UsageException("need --pages >= 1, --avg-kb > 0, --runs >= 1, levels >= 1 and an engine");
        }
        List<BenchConfig> configs = new ArrayList<>();
        for (EngineKind engine : engines.stream().distinct().sorted().toList()) {
            if (engine == EngineKind.SEQUENTIAL) {
                configs.add(new BenchConfig(engine, 1));
            } else {
                js.stream().distinct().sorted().forEach(j -> configs.add(new BenchConfig(engine, j)));
            }
        }
        Path generated = null;
        try {
            Path folder = corpus;
            if (folder == null) {
                generated = Files.createTempDirectory("nutriscan-bench-");
                say(String.format(Locale.ROOT, "bench: generating %d pages of about %.0f KiB in %s", pages, avgKb, generated));
                CorpusWriter.write(generated, new CorpusWriter.Spec(pages, "bench", avgKb, 0.02, true));
                folder = generated;
            } else if (!Files.isDirectory(folder)) {
                throw new UsageException("--corpus " + folder + " is not a folder");
            }
            PageInputs inputs = inputsOf(folder);
            long count = 0;
            long usable = 0;
            long bytes = 0;
            for (PageInput input : inputs) {
                count++;
                if (input.origin() instanceof PageInput.File file && Files.isRegularFile(file.path())) {
                    usable++;
                    bytes += Files.size(file.path());
                }
            }
            if (usable == 0) {
                throw new UsageException("no pages in " + folder);
            }
            BenchReport report = new BenchReport(count, bytes, Settings.cores(), runs, nutrients);
            List<BenchResult> results = new BenchRunner(inputs, bytes, runs, nutrients).run(configs, r -> say(String.format(Locale.ROOT,
                    "bench: %-18s %,10.0f pages/s", r.config().label(), r.pagesPerSecond())));
            String text = json ? report.json(results) : report.table(results);
            context.out().write(text.getBytes(StandardCharsets.UTF_8));
            context.out().flush();
            if (chart != null) {
                writeChart(report, results);
            }
            if (!report.sameOutput(results)) {
                context.err().println("nutriscan bench: configurations wrote different output: this is a bug, please report it");
                return ExitCodes.INTERNAL;
            }
            return ExitCodes.OK;
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            context.err().println("nutriscan bench: " + Problems.describe(e));
            return ExitCodes.OUTPUT_FAILED;
        } finally {
            deleteQuietly(generated);
        }
    }

    private void writeChart(BenchReport report, List<BenchResult> results) throws IOException {
        OutputTarget target;
        try {
            target = Outputs.documentTarget(chart, context.out());
        } catch (Destination.Unusable e) {
            throw new UsageException(e.getMessage());
        }
        try (target) {
            target.stream().write(BenchChart.svg("nutriscan bench", report.subtitle(), results)
                    .getBytes(StandardCharsets.UTF_8));
            target.commit();
        }
        say("bench: chart written to " + chart);
    }

    private PageInputs inputsOf(Path folder) throws IOException {
        Path list = folder.resolve("files.txt");
        return Files.isRegularFile(list) ? new PageInputs().listFile(list, false, folder) : new PageInputs().argument(folder.toString());
    }

    private void say(String line) {
        if (!quiet) {
            context.err().println(line);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it up
        }
    }
}
