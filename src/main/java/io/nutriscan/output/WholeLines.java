package io.nutriscan.output;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes on whole lines only, holding back what follows the last line end until that line is complete.
 * For a terminal that shows stdout and stderr together: a message on stderr then never lands inside a
 * record's line ({@code {"source":…}msg} followed by a lone {@code ,}). The bytes are the same, only
 * their timing changes.
 */
public final class WholeLines extends FilterOutputStream {

    private final ByteArrayOutputStream partial = new ByteArrayOutputStream(256);

    public WholeLines(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int lastEnd = -1;
        for (int i = off + len - 1; i >= off; i--) {
            if (b[i] == '\n') {
                lastEnd = i;
                break;
            }
        }
        if (lastEnd < 0) {
            partial.write(b, off, len);
            return;
        }
        if (partial.size() > 0) {
            partial.writeTo(out);
            partial.reset();
        }
        out.write(b, off, lastEnd + 1 - off);
        partial.write(b, lastEnd + 1, off + len - lastEnd - 1);
    }

    @Override
    public void close() throws IOException {
        if (partial.size() > 0) {
            partial.writeTo(out);
            partial.reset();
        }
        super.close();
    }
}
