package io.nutriscan.cli;

import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where a whole document goes and how it looks: the options a run and a merge share. */
final class DocumentOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout, atomically: FILE is the complete new document or untouched. A "
                    + "symlink's file is replaced (the link stays); a device or FIFO is written directly.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converters.FormatName.class, completionCandidates = Candidates.Formats.class,
            description = "json (default): one JSON array; jsonl: JSON Lines, one record per line, flushed as written; "
                    + "csv: RFC 4180, source, product, error and a column per nutrient (in the order first seen).")
    Format format = Format.JSON;

    @Option(names = "--shape", paramLabel = "SHAPE", converter = Converters.ShapeName.class, completionCandidates = Candidates.Shapes.class,
            description = "full (default): source, product, values, units or error per input; "
                    + "seed: only the values object of each page that gave values.")
    Shape shape = Shape.FULL;
}
