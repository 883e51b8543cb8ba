package io.nutriscan.engine;

import io.nutriscan.extract.Site;
import io.nutriscan.input.PageInputs;
import io.nutriscan.input.web.WebSession;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;
import io.nutriscan.shard.Shard;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one run needs, checked once: where the pages come from, how they are processed, and where
 * and how their records go. A combination that cannot run is an {@link InvalidOptions} naming what is
 * wrong, for the command line to put in its own words.
 *
 * @param inputs      the pages, in order
 * @param settings    how the pipeline runs
 * @param maxPageSize larger files are an error record, never read into memory
 * @param charset     read every page in this charset whatever it declares; null: decide per page
 * @param output      where the records go
 * @param format      the document's format (a part is always JSON Lines of the full shape)
 * @param shape       what each record holds
 * @param nutrients   read each page's whole nutrient profile too
 * @param failFast    stop at the first page that fails
 * @param web         where URL inputs are fetched (null: the run has none)
 * @param warc        the WARC file {@code web} records every fetch in, committed with the output (null: none)
 * @param site        whose pages these are: how they are read ({@link Sites})
 */
public record RunOptions(PageInputs inputs, Settings settings, long maxPageSize, Charset charset, Output output,
                         Format format, Shape shape, boolean nutrients, boolean failFast, WebSession web,
                         WarcOutput warc, Site site) {

    public RunOptions(PageInputs inputs, Settings settings, long maxPageSize, Charset charset, Output output,
                      Format format, Shape shape, boolean nutrients, boolean failFast) {
        this(inputs, settings, maxPageSize, charset, output, format, shape, nutrients, failFast, null, null, Sites.DEFAULT);
    }

    /** The same run, fetching with {@code web}, which records the fetches in {@code warc} (may be null). */
    public RunOptions fetching(WebSession web, WarcOutput warc) {
        return new RunOptions(inputs, settings, maxPageSize, charset, output, format, shape, nutrients, failFast, web, warc, site);
    }

    /** The same run over another site's pages. */
    public RunOptions onSite(Site site) {
        return new RunOptions(inputs, settings, maxPageSize, charset, output, format, shape, nutrients, failFast, web, warc, site);
    }

    /** Where the records go. */
    public sealed interface Output {
    }

    /**
     * Where the records go, from what was asked, checked: a shard's part in {@code outDir} when {@code shard} is given,
     * else {@code file}, resumed when {@code resume}, or {@code stream} when there is no file. {@code given}: the
     * output's options that were asked for at all (a part takes none of a document's).
     */
    public static Output output(Shard shard, Path outDir, Path file, boolean resume, Set<InvalidOptions.OutputOption> given,
                                OutputStream stream) {
        if (shard == null) {
            if (outDir != null) {
                throw new InvalidOptions(InvalidOptions.Reason.OUT_DIR_NEEDS_SHARD);
            }
            if (resume && file == null) {
                throw new InvalidOptions(InvalidOptions.Reason.RESUME_NEEDS_JSON_LINES);
            }
            return file == null ? new ToStream(stream, true) : new ToFile(file, resume);
        }
        if (outDir == null) {
            throw new InvalidOptions(InvalidOptions.Reason.SHARD_NEEDS_OUT_DIR);
        }
        for (InvalidOptions.OutputOption option : given) {
            switch (option) {
                case OUTPUT, FORMAT, SHAPE -> throw new InvalidOptions(InvalidOptions.Reason.SHARD_TAKES_NO_DOCUMENT_OPTION, option);
                case RESUME, FAIL_FAST -> throw new InvalidOptions(InvalidOptions.Reason.SHARD_IS_RERUN_WHOLE, option);
            }
        }
        return new ToPart(shard, outDir);
    }

    /**
     * A stream the caller owns (stdout, or a digest); {@code interactive}: someone reads it as it comes, so
     * each record is flushed.
     */
    public record ToStream(OutputStream stream, boolean interactive) implements Output {
    }

    /** A file, replaced atomically when the run is complete; {@code resume}: appended to after the records it holds. */
    public record ToFile(Path file, boolean resume) implements Output {
    }

    /** One shard's slice of the inputs, as a part with its summary in {@code folder}, for a merge. */
    public record ToPart(Shard shard, Path folder) implements Output {
    }

    public RunOptions {
        Objects.requireNonNull(inputs);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(output);
        Objects.requireNonNull(format);
        Objects.requireNonNull(shape);
        Objects.requireNonNull(site);
        if (maxPageSize <= 0) {
            throw new InvalidOptions(InvalidOptions.Reason.PAGE_SIZE_NOT_POSITIVE);
        }
        if (output instanceof ToFile file && file.resume() && (format != Format.JSONL || shape != Shape.FULL)) {
            throw new InvalidOptions(InvalidOptions.Reason.RESUME_NEEDS_JSON_LINES);
        }
        if (output instanceof ToPart && (format != Format.JSONL || shape != Shape.FULL || failFast)) {
            throw new InvalidOptions(InvalidOptions.Reason.PART_IS_WHOLE_JSON_LINES);
        }
        if (warc != null && web == null) {
            throw new IllegalArgumentException("a WARC file records fetches: give the run a web session");
        }
    }

    /** Options of a run that writes a shard's part: JSON Lines of the full shape, every input of the slice. */
    public static RunOptions part(PageInputs inputs, Settings settings, long maxPageSize, Charset charset, boolean nutrients,
                                  Shard shard, Path folder) {
        return new RunOptions(inputs, settings, maxPageSize, charset, new ToPart(shard, folder), Format.JSONL, Shape.FULL,
                nutrients, false);
    }
}
