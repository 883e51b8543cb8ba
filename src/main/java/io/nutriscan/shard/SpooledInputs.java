package io.nutriscan.shard;

import io.nutriscan.helper.Buffers;
import io.nutriscan.helper.Sha256;
import io.nutriscan.model.PageInput;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The whole input list read once and kept in a file, for what needs it whole before the first page:
 * its length (to cut it into shards) and a digest of its sources (so parts of different lists are never
 * merged). Paths from stdin cannot be read twice, a folder may change between two walks and a sitemap
 * between two fetches, so the list is spooled instead of re-read (a WARC file's pages with their bytes);
 * memory stays flat whatever its length.
 */
public final class SpooledInputs implements AutoCloseable {

    /**
     * Per input: its source, its origin's kind, then the origin's fields ({@link #writeOrigin}). The kinds are the
     * {@link PageInput.Origin} records; a new one fails to compile here until it is spooled.
     */
    private static final byte FILE = 0;
    private static final byte URL = 1;
    private static final byte ARCHIVED = 2;
    private static final byte UNUSABLE = 3;

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
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), Buffers.SIZE))) {
            for (PageInput input : inputs) {
                sha256.update(input.source().getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                SpoolText.write(out, input.source());
                writeOrigin(out, input.origin());
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
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), Buffers.SIZE));
                for (long i = 0; i < first; i++) {
                    SpoolText.skip(in);
                    skipOrigin(in);
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
                        String source = SpoolText.read(in);
                        return new PageInput(next++, source, readOrigin(in));
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

    private static void writeOrigin(DataOutputStream out, PageInput.Origin origin) throws IOException {
        switch (origin) {
            case PageInput.File file -> {
                out.writeByte(FILE);
                SpoolText.write(out, file.path().toString());
            }
            case PageInput.Url url -> {
                out.writeByte(URL);
                SpoolText.write(out, url.url().toString());
            }
            case PageInput.Archived archived -> {
                out.writeByte(ARCHIVED);
                SpoolText.write(out, archived.charset());
                SpoolText.writeBytes(out, archived.bytes());
            }
            case PageInput.Unusable unusable -> {
                out.writeByte(UNUSABLE);
                SpoolText.write(out, unusable.problem());
            }
            case PageInput.Recorded recorded -> throw new IllegalArgumentException("a record read back is not an input");
        }
    }

    private static PageInput.Origin readOrigin(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case FILE -> new PageInput.File(Path.of(SpoolText.read(in)));
            case URL -> new PageInput.Url(URI.create(SpoolText.read(in)));
            case ARCHIVED -> {
                String charset = SpoolText.read(in);
                yield new PageInput.Archived(SpoolText.readBytes(in), charset);
            }
            case UNUSABLE -> new PageInput.Unusable(SpoolText.read(in));
            default -> throw new IOException("unknown input kind " + kind);
        };
    }

    private static void skipOrigin(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        SpoolText.skip(in);
        if (kind == ARCHIVED) {
            SpoolText.skip(in);
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
