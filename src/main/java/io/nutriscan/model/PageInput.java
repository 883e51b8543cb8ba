package io.nutriscan.model;

import java.net.URI;
import java.nio.file.Path;

/**
 * One page to process: its place in the input list, the source exactly as the user gave it (a path, a URL,
 * or the target URI of a WARC record), and where its bytes come from, its {@link Origin}. A new kind of input
 * is a new {@code Origin} record: the compiler then points at every {@code switch} that must learn it (the page's
 * work, the shards' spool).
 */
public record PageInput(long index, String source, Origin origin) {

    public PageInput {
        java.util.Objects.requireNonNull(source);
        java.util.Objects.requireNonNull(origin);
    }

    /** Where a page's bytes come from. */
    public sealed interface Origin permits File, Url, Archived, Unusable, Recorded {
    }

    /** A file to read. */
    public record File(Path path) implements Origin {
    }

    /** A URL to fetch. */
    public record Url(URI url) implements Origin {
    }

    /** A page's bytes taken from an archive, with the charset its recorded HTTP header named (or null). */
    public record Archived(byte[] bytes, String charset) implements Origin {
    }

    /**
     * Known to be unusable before any read (a folder that could not be walked, a symlink loop, a truncated WARC
     * record, a URL that cannot be fetched): it becomes an error record with {@code problem} as its reason.
     */
    public record Unusable(String problem) implements Origin {
    }

    /** Read back from a document nutriscan wrote (--resume, merge): only the source is known. */
    public record Recorded() implements Origin {
    }

    public static PageInput of(long index, String source, Path path) {
        return new PageInput(index, source, new File(path));
    }

    public static PageInput unusable(long index, String source, String problem) {
        return new PageInput(index, source, new Unusable(problem));
    }

    /** The same input at another place in the list. */
    public PageInput at(long newIndex) {
        return new PageInput(newIndex, source, origin);
    }

    /** Fetched from the web: its waiting is on the network, not on a disk or a core. */
    public boolean remote() {
        return origin instanceof Url;
    }
}
