package io.nutriscan.cli;

import io.nutriscan.engine.EngineKind;
import io.nutriscan.engine.InvalidOptions;
import io.nutriscan.engine.Run;
import io.nutriscan.engine.RunFailure;
import io.nutriscan.engine.RunOptions;
import io.nutriscan.engine.RunResult;
import io.nutriscan.engine.Settings;
import io.nutriscan.input.PageInputs;
import io.nutriscan.input.PageReader;
import io.nutriscan.input.Problems;
import io.nutriscan.input.web.FetchOptions;
import io.nutriscan.input.web.ProxyChoice;
import io.nutriscan.input.web.RevisitArchive;
import io.nutriscan.input.web.WebSession;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;
import io.nutriscan.shard.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

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

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Page files, or folders walked in sorted order for *.html, *.htm, *.html.gz and HTML files without "
                    + "an extension; http:// and https:// URLs, fetched; *.warc and *.warc.gz files, whose HTML responses are "
                    + "the pages. '-' reads a path list from stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-l", "--list"}, paramLabel = "FILE",
            description = "Read page paths, URLs or WARC files from FILE, one per line ('-' = stdin). Repeatable; read after "
                    + "the PATHs.")
    List<String> lists = new ArrayList<>();

    @Option(names = {"-b", "--base"}, paramLabel = "DIR",
            description = "Resolve relative paths from path lists against DIR (default: the current folder).")
    Path base;

    @Option(names = {"-0", "--null"}, description = "Path lists are NUL-separated, as 'find -print0' writes them.")
    boolean nulSeparated;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout, atomically: FILE is the complete new document or untouched. A "
                    + "symlink's file is replaced (the link stays); a device or FIFO is written directly.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converters.FormatName.class, completionCandidates = Candidates.Formats.class,
            description = "json (default): one JSON array; jsonl: JSON Lines, one record per line, flushed as written; "
                    + "csv: RFC 4180, source, product, error and a column per nutrient (in the order first seen).")
    Format format = Format.JSON;

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

    @Option(names = "--shape", paramLabel = "SHAPE", converter = Converters.ShapeName.class, completionCandidates = Candidates.Shapes.class,
            description = "full (default): source, product, values, units or error per input; "
                    + "seed: only the values object of each page that gave values.")
    Shape shape = Shape.FULL;

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

    @Option(names = "--sitemap", paramLabel = "URL|FILE",
            description = "Fetch the pages a sitemap or sitemap index lists (XML, text or RSS; gzipped or not). Repeatable; "
                    + "read after the PATHs and lists.")
    List<String> sitemaps = new ArrayList<>();

    @Option(names = "--match", paramLabel = "REGEX",
            description = "Keep only URLs in which REGEX finds a match (URL inputs, sitemap URLs, WARC records); files are "
                    + "not filtered.")
    Pattern match;

    @Option(names = "--warc", paramLabel = "FILE",
            description = "Record every fetch in FILE (WARC/1.1 request and response records, one gzip member each), written "
                    + "as -o is: the complete archive or untouched; appended to with --resume.")
    Path warc;

    @Option(names = "--revisit", paramLabel = "FILE",
            description = "An earlier crawl's WARC file (repeatable): a URL it holds with an ETag or Last-Modified is asked for "
                    + "only if it changed (If-None-Match / If-Modified-Since); on 304 Not Modified its archived body is used, "
                    + "and --warc records a revisit record pointing at it.")
    List<Path> revisit = new ArrayList<>();

    @Option(names = "--per-host", paramLabel = "N", description = "Requests in flight to one host at most (default: 2).")
    int perHost = FetchOptions.DEFAULT_PER_HOST;

    @Option(names = "--delay", paramLabel = "DURATION", converter = Converters.DelayValue.class,
            description = "Between two request starts to one host, randomised 0.5-1.5x (default: 0). robots.txt's Crawl-delay "
                    + "raises it; 429 and 503 answers slow the host down for the rest of the run.")
    Duration delay = Duration.ZERO;

    @Option(names = "--ignore-robots", description = "Do not fetch or obey robots.txt (it is obeyed by default).")
    boolean ignoreRobots;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "The User-Agent header; its first word is the name robots.txt rules are matched to "
                    + "(default: nutriscan/VERSION).")
    String userAgent;

    @Option(names = "--retries", paramLabel = "N",
            description = "Further attempts after 408, 429, 500, 502, 503, 504, a timeout or a dropped connection, with "
                    + "exponential backoff and jitter; a Retry-After is waited for (default: 3).")
    int retries = FetchOptions.DEFAULT_RETRIES;

    @Option(names = "--retry-backoff", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "The first retry's wait when the server names none, doubled at each further one (default: 1s).")
    Duration retryBackoff = FetchOptions.DEFAULT_BACKOFF;

    @Option(names = "--max-retry-wait", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "The longest Retry-After waited for; a server that asks for more makes the page an error record "
                    + "(default: 5m).")
    Duration maxRetryWait = FetchOptions.DEFAULT_MAX_RETRY_WAIT;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "Per attempt (default: 10s).")
    Duration connectTimeout = FetchOptions.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--request-timeout", paramLabel = "DURATION", converter = Converters.DurationValue.class,
            description = "Per attempt, from the request to the body's last byte (default: 30s).")
    Duration requestTimeout = FetchOptions.DEFAULT_REQUEST_TIMEOUT;

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
    private WebSession web;

    public RunCommand() {
        this(null);
    }

    RunCommand(RunContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Shard slice = shard();
        web = web();
        PageInputs inputs = inputs();
        if (inputs == null) {
            context.err().println("nutriscan: no input: give page files or folders, --list FILE, or pipe a path list to stdin");
            Main.commandLine(context).usage(context.err());
            return ExitCodes.USAGE;
        }
        RunOptions options = options(inputs, slice).fetching(web, warc).onSite(site);
        try (RunReport report = new RunReport(context.err(), new Style(context.environment().colours()), quiet, resume)) {
            report.startProgress(progressMode());
            report.archives(inputs.skippedRecords());
            Run run = new Run(options, report);
            // Take over SIGINT/SIGTERM before any output exists: from here a stop never commits a cut-short run.
            context.stopSignals().register(run::stop);
            try {
                RunResult result = run.execute();
                hintAtTheBase(report);
                return result.interrupted() ? result.signal() : ExitCodes.forFailures(result.failed());
            } catch (RunFailure failure) {
                report.close(); // the progress line goes before the message
                return FailureMessages.report(failure, "nutriscan", context.err());
            }
        }
    }

    /** The command line as one checked {@link RunOptions}. */
    private RunOptions options(PageInputs inputs, Shard slice) {
        if (resume && output == null) {
            throw new UsageException(OptionMessages.of(InvalidOptions.Reason.RESUME_NEEDS_JSON_LINES, concurrency));
        }
        try {
            // Fetched pages wait in the window, not for job permits: room for every host's requests in flight and more.
            int defaultWindow = Math.max(Settings.defaultWindow(concurrency), 4 * perHost);
            Settings settings = new Settings(engine, concurrency, window != null ? window : defaultWindow,
                    Settings.defaultParsers(concurrency), pageTimeout);
            if (slice != null) {
                return RunOptions.part(inputs, settings, maxPageSize, charset, nutrients, slice, outDir);
            }
            RunOptions.Output to = output == null
                    ? new RunOptions.ToStream(context.documentOut(), true) : new RunOptions.ToFile(output, resume);
            return new RunOptions(inputs, settings, maxPageSize, charset, to, format, shape, nutrients, failFast);
        } catch (InvalidOptions e) {
            throw new UsageException(OptionMessages.of(e.reason(), concurrency));
        }
    }

    /**
     * Progress for a person at a terminal, or for a log with --progress; never with --quiet. Not redrawn in
     * place while the records themselves go to the terminal: the two would share its lines.
     */
    private RunReport.ProgressMode progressMode() {
        Environment environment = context.environment();
        boolean terminal = environment.stderrIsTerminal() && !(environment.stdoutIsTerminal() && output == null && outDir == null);
        if (quiet || !(progress || terminal)) {
            return RunReport.ProgressMode.OFF;
        }
        return terminal ? RunReport.ProgressMode.TERMINAL : RunReport.ProgressMode.LINES;
    }

    /** The --shard slice, or null; checks the options that go with it. */
    private Shard shard() {
        if (shard == null) {
            if (outDir != null) {
                throw new UsageException("--out-dir is where --shard writes its part: give --shard K/N too");
            }
            return null;
        }
        Shard slice;
        try {
            slice = ShardOption.parse(shard, context.environment().variable(ShardOption.JOB_INDEX_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (outDir == null) {
            throw new UsageException("--shard needs --out-dir DIR, the folder that collects the parts");
        }
        for (String option : new String[] {"--output", "--format", "--shape"}) {
            if (parsed.hasMatchedOption(option)) {
                throw new UsageException("--shard writes a JSON Lines part for 'nutriscan merge', which takes " + option
                        + " instead");
            }
        }
        for (String option : new String[] {"--resume", "--fail-fast"}) {
            if (parsed.hasMatchedOption(option)) {
                throw new UsageException(option + " does not go with --shard: a part holds its whole slice, and a shard is "
                        + "rerun whole");
            }
        }
        return slice;
    }

    /**
     * A list's entries are resolved against the current folder (or --base), not the list's own folder: when a
     * page was not found and it is there beside a list file, the likely fix is said.
     */
    private void hintAtTheBase(RunReport report) {
        String missing = report.firstMissing();
        if (missing == null || base != null) {
            return;
        }
        for (String list : lists) {
            Path folder = list.equals("-") ? null : Path.of(list).toAbsolutePath().getParent();
            if (folder != null && !folder.equals(Path.of("").toAbsolutePath()) && Files.exists(folder.resolve(missing))) {
                report.hint(missing + " is not in the current folder but beside " + list + ": list entries are "
                        + "resolved against the current folder; add --base " + folder);
                return;
            }
        }
    }

    /** The run's way onto the web: nothing is opened until a URL or a sitemap is fetched. */
    private WebSession web() {
        FetchOptions fetch;
        ProxyChoice proxies;
        try {
            fetch = new FetchOptions(perHost, delay, !ignoreRobots, userAgent != null ? userAgent : defaultUserAgent(),
                    retries, maxRetryWait, retryBackoff, connectTimeout, requestTimeout, maxPageSize);
            proxies = ProxyChoice.fromEnvironment(context.environment().variables());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        RevisitArchive archived = null;
        if (!revisit.isEmpty()) {
            try {
                archived = new RevisitArchive(revisit);
            } catch (java.io.IOException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return new WebSession(context.vertx(), fetch, proxies, archived);
    }

    static String defaultUserAgent() {
        try {
            return new VersionProvider().getVersion()[0].replace(' ', '/');
        } catch (IOException e) {
            return "nutriscan";
        }
    }

    /** The inputs in order; null when none were given and stdin is a terminal (nothing to read). */
    private PageInputs inputs() {
        Path listBase = base != null ? base : Path.of("");
        PageInputs inputs = new PageInputs().maxPageSize(maxPageSize);
        if (match != null) {
            inputs.match(match);
        }
        for (String path : paths) {
            if (path.equals("-")) {
                inputs.list(context.in(), nulSeparated, "stdin", listBase);
            } else {
                String command = CommandNames.closeTo(path);
                inputs.argument(path, command == null ? null : "no such file; did you mean 'nutriscan " + command + "'?");
            }
        }
        for (String list : lists) {
            if (list.equals("-")) {
                inputs.list(context.in(), nulSeparated, list, listBase);
            } else {
                addListFile(inputs, list, listBase);
            }
        }
        for (String sitemap : sitemaps) {
            inputs.sitemap(sitemap, web);
        }
        if (inputs.isEmpty()) {
            if (context.environment().stdinIsTerminal()) {
                return null;
            }
            inputs.list(context.in(), nulSeparated, "stdin", listBase);
        }
        return inputs;
    }

    /** A list file, or a usage error that says why it cannot be read, before anything runs. */
    private void addListFile(PageInputs inputs, String list, Path listBase) {
        Path path = Path.of(list);
        if (Files.isDirectory(path)) {
            throw new UsageException("cannot read list file " + list + ": it is a folder (give folders as PATH arguments)");
        }
        try {
            inputs.listFile(path, nulSeparated, listBase);
        } catch (IOException e) {
            throw new UsageException("cannot read list file " + list + ": " + Problems.describe(e));
        }
    }
}
