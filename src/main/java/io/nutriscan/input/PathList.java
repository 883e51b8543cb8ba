package io.nutriscan.input;

import io.nutriscan.helper.Buffers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Entries of a path list, read lazily: one per line ({@code \n} or {@code \r\n}, last newline
 * optional, blank lines skipped), or NUL-separated as {@code find -print0} writes them (then an
 * entry may hold any character but NUL, newlines included).
 */
public final class PathList implements Iterator<String> {

    private final BufferedReader reader;
    private final boolean nulSeparated;
    private final String name;
    private String next;
    private boolean done;
    private boolean first = true;

    public PathList(InputStream in, boolean nulSeparated, String name) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), Buffers.SIZE);
        this.nulSeparated = nulSeparated;
        this.name = name;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = nulSeparated ? readUntilNul() : readLine();
                if (first && next != null && next.startsWith("\uFEFF")) {
                    next = next.substring(1); // a list saved by an editor that starts files with a byte-order mark
                }
                first = false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read path list " + name + ": " + e.getMessage(), e);
            }
            if (next == null) {
                done = true;
                close();
            }
        }
        return next != null;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String entry = next;
        next = null;
        return entry;
    }

    private String readLine() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    private String readUntilNul() throws IOException {
        StringBuilder entry = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0) {
            if (c != 0) {
                entry.append((char) c);
            } else if (!entry.isEmpty()) {
                return entry.toString();
            }
        }
        return entry.isEmpty() ? null : entry.toString();
    }

    private void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the list was read to its end; nothing is lost by a failed close
        }
    }
}
