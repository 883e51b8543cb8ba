package io.nutriscan.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Picks the target and the writer for a run's output options. */
public final class Outputs {

    private Outputs() {
    }

    /**
     * Where {@code file} really goes, refused when it cannot take the document: a folder, or a device, FIFO or
     * socket to {@code append} to.
     */
    public static Destination destination(Path file, boolean append) throws Destination.Unusable {
        Destination destination = Destination.of(file);
        if (destination.special() && append) {
            throw new Destination.Unusable("cannot append to " + file + ": it is not a regular file (a device, FIFO or socket)");
        }
        return destination;
    }

    /**
     * A device, FIFO or socket written directly; a regular file appended to when {@code append}, otherwise
     * written beside and renamed into place.
     */
    public static OutputTarget fileTarget(Destination destination, boolean append) throws IOException {
        if (destination.special()) {
            return new DirectTarget(destination.path());
        }
        return append ? new AppendFileTarget(destination.path()) : new AtomicFileTarget(destination.path());
    }

    /**
     * A whole document's target: {@code stream} (flushed record by record) when {@code file} is null, else
     * {@code file}, replaced atomically (a device, FIFO or socket written directly).
     */
    public static OutputTarget documentTarget(Path file, OutputStream stream) throws Destination.Unusable, IOException {
        return file == null ? new StreamTarget(stream, true) : fileTarget(destination(file, false), false);
    }

    public static RecordWriter writer(Format format, Shape shape, OutputTarget target) throws IOException {
        return switch (format) {
            case JSON -> new JsonWriter(target.stream(), shape, target.interactive());
            case JSONL -> new JsonLinesWriter(target.stream(), shape);
            case CSV -> new CsvWriter(target.stream(), shape, target.scratchFolder());
        };
    }
}
