package io.nutriscan.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Standard output: streamed as records come; what is written cannot be taken back. */
public final class StdoutTarget implements OutputTarget {

    private final OutputStream out;

    public StdoutTarget(OutputStream stdout) {
        this.out = new BufferedOutputStream(stdout, 1 << 16);
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
    public void commit() throws IOException {
        out.flush();
    }

    @Override
    public void abort() {
        try {
            out.flush();
        } catch (IOException ignored) {
            // stdout is gone (a closed pipe): nothing more can reach it
        }
    }
}
