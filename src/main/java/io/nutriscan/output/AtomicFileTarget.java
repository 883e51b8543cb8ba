package io.nutriscan.output;

import io.nutriscan.helper.Buffers;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written all or nothing: the document goes to a temporary file beside the destination
 * ({@code NAME.nutriscan-partial-PID}, so a leftover from a killed run says what it is), is synced to
 * disk, then renamed over the destination in one step. Until that rename the destination is untouched,
 * whatever happens to the process; a normal exit or SIGINT/SIGTERM removes the temporary file.
 */
public final class AtomicFileTarget implements OutputTarget {

    public static final String PARTIAL_SUFFIX = ".nutriscan-partial-";

    private final Path destination;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream out;
    private final Thread cleanup;
    private boolean finished;

    public AtomicFileTarget(Path destination) throws IOException {
        this.destination = destination.toAbsolutePath();
        if (Files.isDirectory(this.destination)) {
            throw new IOException(destination + " is a folder");
        }
        this.temporary = temporaryFor(this.destination, ProcessHandle.current().pid());
        // The hook first: a process already shutting down (a signal during start-up) writes no file at all.
        this.cleanup = new Thread(this::deleteTemporary, "nutriscan-output-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            throw new IOException("the process is shutting down");
        }
        this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), Buffers.SIZE);
    }

    static Path temporaryFor(Path destination, long pid) {
        return destination.resolveSibling(destination.getFileName() + PARTIAL_SUFFIX + pid);
    }

    public Path temporary() {
        return temporary;
    }

    @Override
    public OutputStream stream() {
        return out;
    }

    @Override
    public Path scratchFolder() {
        return destination.getParent();
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public synchronized void commit() throws IOException {
        out.flush();
        channel.force(true);
        channel.close();
        try {
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
        }
        finished = true;
        removeHook();
    }

    @Override
    public synchronized void abort() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // the file is deleted next; a failed close changes nothing for the user
        }
        deleteTemporary();
        removeHook();
    }

    private void deleteTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // left behind under a name that says what it is
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook runs and finds nothing to delete
        }
    }
}
