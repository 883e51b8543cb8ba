package io.nutriscan.cli;

import io.nutriscan.engine.EngineKind;
import io.nutriscan.engine.InvalidOptions;
import io.nutriscan.engine.Run;
import io.nutriscan.engine.RunFailure;
import io.nutriscan.engine.RunOptions;
import io.nutriscan.engine.RunResult;
import io.nutriscan.engine.Settings;
import io.nutriscan.engine.WarcOutput;
import io.nutriscan.input.PageInputs;
import io.nutriscan.input.PageReader;
import io.nutriscan.input.web.WebSession;
import io.nutriscan.shard.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The command line of a run: its options become one checked {@link RunOptions}, the core's {@link Run} does
 * the work, and its result or failure becomes an exit status and a message.
 */
@Command(name = "nutriscan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Turns product pages (saved files, URLs, WARC archives) into one dataset of their nutrient legends.",
            "For every input, in input order: the legend of its div#him_bx block, or a clear error.",
            "Commands are listed below (merge joins the parts of a sharded run).",
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0    every page gave values",
            "  1    some pages failed (each has an error record and a line on stderr)",
            "  2    usage error: bad option, unreadable list file, no input",
            "  3    the output could not be written (an -o destination is left untouched)",
            "  4    merge: the parts do not make one whole input list",
            "  5    could not start: a Java older than 21, or ./nutriscan's build failed",
            "  6    an input list could not be read to its end (an I/O error; an -o destination is left untouched)",
            "  70   internal error (a bug; the message says what)",
            "  130  stopped by SIGINT, 143 by SIGTERM (an -o destination is left untouched)",
        })
public class RunCommand implements Callable<Integer> {

    @Mixin
    InputOptions in = new InputOptions();

    @Mixin
    DocumentOptions document = new DocumentOptions();

    @Option(names = "--resume",
            description = "With --format jsonl -o FILE: keep the records FILE already has (a torn last line is cut off), "
                    + "skip those inputs, append the rest: the result is what one uninterrupted run writes.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Process only slice K (from 0) of N contiguous slices of the input list and write it to --out-dir "
                    + "as part-0000K-of-0000N.jsonl with a summary beside it; 'nutriscan merge' joins the parts. N alone takes K "
                    + "from $JOB_COMPLETION_INDEX (a Kubernetes Indexed Job).")
    String shard;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Where --shard writes its part (created if missing).")
    Path outDir;

    @Option(names = "--nutrients",
            description = "Also read each page's whole nutrient profile (calories, the legend, sugars and fibre, the vitamin "
                    + "and mineral tables) from the site's exact data-fa values: JSON and JSON Lines records get "
                    + "\"nutrients\" and \"nutrient_units\" objects keyed by slug (null where the site has no value), "
                    + "CSV a 'SLUG (UNIT)' column each. --shape seed is unchanged.")
    boolean nutrients;

    @Option(names = {"-j", "--concurrency"}, paramLabel = "N",
            description = "Pages read and parsed at once (default: 4 per core).")
    int concurrency = Settings.defaultConcurrency();

    @Option(names = "--window", paramLabel = "N",
            description = "Pages started but not yet written, the reorder window (default: max(64, 4 × -j, 4 × --per-host)).")
    Integer window;

    @Option(names = "--engine", paramLabel = "ENGINE", converter = Converters.Engine.class, completionCandidates = Candidates.Engines.class,
            description = "virtual (default): a virtual thread per page; platform: a pool of -j threads; "
                    + "sequential: one page after another.")
    EngineKind engine = EngineKind.VIRTUAL;

    @Option(names = "--max-page-size", paramLabel = "SIZE", converter = Converters.Size.class,
            description = "Larger files are an error record, never read into memory (default: 64M).")
    long maxPageSize = PageReader.DEFAULT_MAX_PAGE_SIZE;

    @Option(names = "--page-timeout", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "A page that takes longer (a hung read, a pathological page) becomes an error record and the run "
                    + "goes on: 30s, 2m, 500ms (default: 60s; virtual and platform engines).")
    Duration pageTimeout = Settings.DEFAULT_PAGE_TIMEOUT;

    @Option(names = "--site", paramLabel = "NAME", converter = Converters.SiteName.class,
            completionCandidates = Candidates.SiteNames.class, defaultValue = "fitaudit",
            description = "Whose pages these are, which says how they are read: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    io.nutriscan.extract.Site site;

    @Option(names = "--charset", paramLabel = "NAME", converter = Converters.CharsetName.class,
            description = "Read every page in this charset, whatever it declares (default: per page: byte-order mark, "
                    + "<meta charset>, UTF-8, or detected).")
    Charset charset;

    @Mixin
    WebOptions webOptions = new WebOptions();

    @Option(names = "--progress",
            description = "Show progress on stderr (pages done/total, pages/s, failures, ETA) even when stderr is not a terminal: "
                    + "a line every " + RunReport.LOG_PERIOD_SECONDS + " s. On a terminal it is shown anyway, redrawn in place (unless the records go to that terminal too).")
    boolean progress;

    @Option(names = {"-q", "--quiet"}, description = "Say nothing on stderr but what stops the run: no line per failed page, "
            + "no progress, no summary. The records and the exit status still say everything.")
    boolean quiet;

    @Option(names = "--fail-fast", description = "Stop at the first page that fails; the output holds the records up to it.")
    boolean failFast;

    @Spec
    CommandSpec spec;

    private final RunContext context;

    public RunCommand() {
        this(null);
    }

    RunCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        RunOptions.Output to = output();
        try (RunReport report = new RunReport(context.err(), new Style(context.environment().colours()), quiet, resume);
             WarcOutput warc = webOptions.warc == null ? null : WarcOutput.open(webOptions.warc, resume)) {
            WebSession web = webOptions.session(context, maxPageSize, warc, report.fetchListener());
            PageInputs inputs = in.inputs(context, maxPageSize, webOptions, web);
            if (inputs == null) {
                context.err().println("nutriscan: no input: give page files or folders, --list FILE, or pipe a path list to stdin");
                Main.commandLine(context).usage(context.err());
                return ExitCodes.USAGE;
            }
            RunOptions options = options(inputs, to).fetching(web, warc).onSite(site);
            report.startProgress(progressMode());
            report.archives(inputs.skippedRecords());
            Run run = new Run(options, report);
            // Take over SIGINT/SIGTERM before the output exists: from here a stop never commits a cut-short run.
            context.stopSignals().register(run::stop);
            try {
                RunResult result = run.execute();
                in.hintAtTheBase(report);
                return result.interrupted() ? result.signal() : ExitCodes.forFailures(result.failed());
            } catch (RunFailure failure) {
                report.close(); // the progress line goes before the message
                return FailureMessages.report(failure, "nutriscan", context.err());
            }
        } catch (RunFailure failure) {
            return FailureMessages.report(failure, "nutriscan", context.err()); // the --warc file cannot be written
        }
    }

    /** The command line as one checked {@link RunOptions}. */
    private RunOptions options(PageInputs inputs, RunOptions.Output to) {
        try {
            // Fetched pages wait in the window, not for job permits: room for every host's requests in flight and more.
            int defaultWindow = Math.max(Settings.defaultWindow(concurrency), 4 * webOptions.perHost);
            Settings settings = new Settings(engine, concurrency, window != null ? window : defaultWindow,
                    Settings.defaultParsers(concurrency), pageTimeout);
            if (to instanceof RunOptions.ToPart part) {
                return RunOptions.part(inputs, settings, maxPageSize, charset, nutrients, part.shard(), part.folder());
            }
            return new RunOptions(inputs, settings, maxPageSize, charset, to, document.format, document.shape, nutrients, failFast);
        } catch (InvalidOptions e) {
            throw new UsageException(OptionMessages.of(e, concurrency));
        }
    }

    /**
     * Progress for a person at a terminal, or for a log with --progress; never with --quiet. Not redrawn in
     * place while the records themselves go to the terminal: the two would share its lines.
     */
    private RunReport.ProgressMode progressMode() {
        Environment environment = context.environment();
        boolean terminal = environment.stderrIsTerminal() && !(environment.stdoutIsTerminal() && document.output == null && outDir == null);
        if (quiet || !(progress || terminal)) {
            return RunReport.ProgressMode.OFF;
        }
        return terminal ? RunReport.ProgressMode.TERMINAL : RunReport.ProgressMode.LINES;
    }

    /** Where the records go: --shard's value is read here, the rules of what goes with what are the run's. */
    private RunOptions.Output output() {
        Shard slice = null;
        if (shard != null) {
            try {
                slice = ShardOption.parse(shard, context.environment().variable(ShardOption.JOB_INDEX_VARIABLE));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        Set<InvalidOptions.OutputOption> given = EnumSet.noneOf(InvalidOptions.OutputOption.class);
        for (InvalidOptions.OutputOption option : InvalidOptions.OutputOption.values()) {
            if (parsed.hasMatchedOption(OptionMessages.flag(option))) {
                given.add(option);
            }
        }
        try {
            return RunOptions.output(slice, outDir, document.output, resume, given, context.documentOut());
        } catch (InvalidOptions e) {
            throw new UsageException(OptionMessages.of(e, concurrency));
        }
    }
}
