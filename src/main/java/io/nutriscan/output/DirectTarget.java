package io.nutriscan.output;

import io.nutriscan.helper.Buffers;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A device, FIFO or socket given as the destination: written directly and streamed, as {@code > PATH}
 * in a shell would (a FIFO's reader gets records as they come, {@code /dev/full} fails the run). Never
 * renamed over: what was written cannot be taken back.
 */
public final class DirectTarget implements OutputTarget {

    private final OutputStream out;
    private boolean closed;

    public DirectTarget(Path path) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.WRITE), Buffers.SIZE);
    }

    @Override
    public OutputStream stream() {
        return out;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public boolean untouchedOnFailure() {
        return false;
    }

    @Override
    public synchronized void commit() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }

    @Override
    public synchronized void abort() {
        try {
            commit();
        } catch (IOException ignored) {
            // the run has already failed; what reached the device stays there
        }
    }
}
