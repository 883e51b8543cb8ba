package io.nutriscan.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Picks the target and the writer for a run's output options. */
public final class Outputs {

    private Outputs() {
    }

    /** Stdout when {@code file} is null; a file appended to for --resume; otherwise a file written atomically. */
    public static OutputTarget target(Path file, boolean resume, OutputStream stdout) throws IOException {
        if (file == null) {
            return new StdoutTarget(stdout);
        }
        return resume ? new AppendFileTarget(file) : new AtomicFileTarget(file);
    }

    public static RecordWriter writer(Format format, Shape shape, OutputTarget target) throws IOException {
        return switch (format) {
            case JSON -> new JsonWriter(target.stream(), shape, target.interactive());
            case JSONL -> new JsonLinesWriter(target.stream(), shape);
            case CSV -> new CsvWriter(target.stream(), shape, target.scratchFolder());
        };
    }
}
