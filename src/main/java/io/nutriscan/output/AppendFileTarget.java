package io.nutriscan.output;

import io.nutriscan.helper.Buffers;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A JSON Lines file appended to by {@code --resume}: records are flushed one by one, and what was
 * written stays whatever happens (a stopped or killed run is resumed later; a torn last line is cut off
 * then). So both commit and abort keep the file, synced to disk.
 */
public final class AppendFileTarget implements OutputTarget {

    private final FileChannel channel;
    private final OutputStream out;
    private boolean closed;

    public AppendFileTarget(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), Buffers.SIZE);
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
    public synchronized void commit() throws IOException {
        if (!closed) {
            closed = true;
            out.flush();
            channel.force(true);
            channel.close();
        }
    }

    @Override
    public synchronized void abort() {
        try {
            commit();
        } catch (IOException ignored) {
            // the records that reached the disk stay; the next --resume repairs the end of the file
        }
    }
}
