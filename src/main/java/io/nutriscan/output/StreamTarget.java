package io.nutriscan.output;

import io.nutriscan.helper.Buffers;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream the caller owns (stdout, or the bench's digest): written as records come; what is written cannot be
 * taken back. {@code interactive}: someone reads it as it comes (stdout), so records are flushed one by one.
 */
public final class StreamTarget implements OutputTarget {

    private final OutputStream out;
    private final boolean interactive;

    public StreamTarget(OutputStream stream, boolean interactive) {
        this.out = new BufferedOutputStream(stream, Buffers.SIZE);
        this.interactive = interactive;
    }

    @Override
    public OutputStream stream() {
        return out;
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public void commit() throws IOException {
        out.flush();
    }

    @Override
    public void abort() {
        try {
            out.flush();
        } catch (IOException ignored) {
            // the stream is gone (a closed pipe): nothing more can reach it
        }
    }
}
