package io.nutriscan.shard;

import io.nutriscan.model.Buffers;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.Sha256;

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

    /** Per input: source, path, problem, URL, a WARC page's charset and its bytes. */
    private static final int FIELDS = 6;

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
                SpoolText.write(out, input.path() == null ? null : input.path().toString());
                SpoolText.write(out, input.problem());
                SpoolText.write(out, input.url() == null ? null : input.url().toString());
                SpoolText.write(out, input.payload() == null ? null : input.payload().charset());
                SpoolText.writeBytes(out, input.payload() == null ? null : input.payload().bytes());
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
                    for (int field = 0; field < FIELDS; field++) {
                        SpoolText.skip(in);
                    }
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
                        String path = SpoolText.read(in);
                        String problem = SpoolText.read(in);
                        String url = SpoolText.read(in);
                        String charset = SpoolText.read(in);
                        byte[] payload = SpoolText.readBytes(in);
                        long index = next++;
                        return new PageInput(index, source, path == null ? null : Path.of(path), problem,
                                url == null ? null : URI.create(url), payload == null ? null : new PageInput.Payload(payload, charset));
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

    private static void close(DataInputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // read to the end already
        }
    }
}
