package io.nutriscan.model;

import java.net.URI;
import java.nio.file.Path;

/**
 * One page to process: its place in the input list, the source exactly as the user gave it (a path, a URL,
 * or the target URI of a WARC record), and where its bytes come from: a file to read ({@code path}), a URL
 * to fetch ({@code url}), or bytes already taken from an archive ({@code payload}). {@code problem} is set
 * when the input is already known to be unusable (a folder that could not be walked, a symlink loop, a
 * truncated WARC record): such an input becomes an error record without a read.
 */
public record PageInput(long index, String source, Path path, String problem, URI url, Payload payload) {

    /** A page's bytes taken from an archive, with the charset its recorded HTTP header named (or null). */
    public record Payload(byte[] bytes, String charset) {
    }

    public PageInput(long index, String source, Path path, String problem) {
        this(index, source, path, problem, null, null);
    }

    public static PageInput of(long index, String source, Path path) {
        return new PageInput(index, source, path, null);
    }

    public static PageInput unusable(long index, String source, String problem) {
        return new PageInput(index, source, null, problem);
    }

    /** Fetched from the web: its waiting is on the network, not on a disk or a core. */
    public boolean remote() {
        return url != null && problem == null;
    }
}
