package io.nutriscan.input;

import io.nutriscan.model.PageInput;
import io.nutriscan.model.Sha256;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The whole input list read once and kept in a file, for what needs it whole before the first page:
 * its length (to cut it into shards) and a digest of its sources (so parts of different lists are never
 * merged). Paths from stdin cannot be read twice, and a folder may change between two walks, so the list
 * is spooled instead of re-read; memory stays flat whatever its length.
 */
public final class SpooledInputs implements AutoCloseable {

    private final Path file;
    private final long size;
    private final String digest;

    private SpooledInputs(Path file, long size, String digest) {
        this.file = file;
        this.size = size;
        this.digest = digest;
    }

    public static SpooledInputs of(Iterable<PageInput> inputs, Path folder) throws IOException {
        Path file = Files.createTempFile(folder, ".nutriscan-inputs-", ".tmp");
        file.toFile().deleteOnExit();
        MessageDigest sha256 = Sha256.newDigest();
        long size = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (PageInput input : inputs) {
                byte[] source = input.source().getBytes(StandardCharsets.UTF_8);
                sha256.update(source);
                sha256.update((byte) 0);
                write(out, source);
                write(out, input.path() == null ? null : input.path().toString().getBytes(StandardCharsets.UTF_8));
                write(out, input.problem() == null ? null : input.problem().getBytes(StandardCharsets.UTF_8));
                size++;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new SpooledInputs(file, size, Sha256.name(sha256));
    }

    public long size() {
        return size;
    }

    /** SHA-256 of the sources in order, each followed by a NUL: the same list gives the same digest anywhere. */
    public String digest() {
        return digest;
    }

    /** The inputs {@code first .. first + count - 1}, with their indexes in the whole list. */
    public Iterable<PageInput> range(long first, long count) {
        return () -> {
            DataInputStream in;
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                for (long i = 0; i < first; i++) {
                    skip(in);
                    skip(in);
                    skip(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the spooled input list: " + e.getMessage(), e);
            }
            return new Iterator<>() {
                private long next = first;

                @Override
                public boolean hasNext() {
                    if (next < first + count) {
                        return true;
                    }
                    close(in);
                    return false;
                }

                @Override
                public PageInput next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    try {
                        String source = read(in);
                        String path = read(in);
                        String problem = read(in);
                        long index = next++;
                        return problem != null ? PageInput.unusable(index, source, problem)
                                : PageInput.of(index, source, Path.of(path));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the spooled input list: " + e.getMessage(), e);
                    }
                }
            };
        };
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    private static void write(DataOutputStream out, byte[] bytes) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void skip(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length > 0) {
            in.skipNBytes(length);
        }
    }

    private static void close(DataInputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // read to the end already
        }
    }
}
