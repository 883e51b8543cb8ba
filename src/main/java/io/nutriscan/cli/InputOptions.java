package io.nutriscan.cli;

import io.nutriscan.input.PageInputs;
import io.nutriscan.input.Problems;
import io.nutriscan.input.web.WebSession;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where a run's pages come from: paths, list files and stdin, turned into one ordered {@link PageInputs}. */
final class InputOptions {

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

    /** The inputs in order; null when none were given and stdin is a terminal (nothing to read). */
    PageInputs inputs(RunContext context, long maxPageSize, WebOptions webOptions, WebSession web) {
        Path listBase = base != null ? base : Path.of("");
        PageInputs inputs = new PageInputs().maxPageSize(maxPageSize);
        if (webOptions.match != null) {
            inputs.match(webOptions.match);
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
        for (String sitemap : webOptions.sitemaps) {
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

    /**
     * A list's entries are resolved against the current folder (or --base), not the list's own folder: when a
     * page was not found and it is there beside a list file, the likely fix is said.
     */
    void hintAtTheBase(RunReport report) {
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
}
