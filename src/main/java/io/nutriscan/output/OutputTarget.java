package io.nutriscan.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where the document goes: {@link #commit()} makes it final, {@link #abort()} drops what was written if it can. */
public interface OutputTarget extends AutoCloseable {

    OutputStream stream();

    /** Whether records should be flushed as they come (a pipe someone is reading), or only at the end (a file). */
    boolean interactive();

    void commit() throws IOException;

    /** Where a writer may keep temporary files: beside a file destination, else the temporary folder. */
    default Path scratchFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Whether a failed or stopped run leaves the destination as it was (a file written beside it and renamed). */
    default boolean untouchedOnFailure() {
        return true;
    }

    /** Gives up: a file target leaves its destination untouched. Never throws. */
    void abort();

    @Override
    default void close() {
        abort();
    }
}
