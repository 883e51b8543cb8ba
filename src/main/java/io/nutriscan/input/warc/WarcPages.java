package io.nutriscan.input.warc;

import io.nutriscan.model.PageInput;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The pages of a WARC file, read in one pass: each response record with status 200 and an HTML content type
 * (whose target URI {@code wanted} accepts) is one page, its source the record's WARC-Target-URI and its bytes
 * the HTTP body with any transfer and content encoding undone. Other records are skipped. A response marked
 * WARC-Truncated, or larger than the page limit, is an error record; a file that ends inside a record (or is
 * not a WARC file) ends with one error record for the rest, the pages before it kept. Reads per-record gzip
 * (Common Crawl, wget), whole-file gzip and uncompressed files alike.
 */
public final class WarcPages implements Iterator<WarcPages.Entry> {

    /** Why a Zstandard-compressed WARC file is refused, in the JVM and the native build alike. */
    static final String ZSTD_NOT_SUPPORTED = "a Zstandard-compressed WARC file is not supported;"
            + " decompress it first (zstd -d FILE.warc.zst) or give a plain or gzipped WARC file";

    /** A page found, or a problem in the file where its {@code source} says. */
    public record Entry(String source, PageInput.Payload payload, String problem) {
    }

    private final Path file;
    private final String name;
    private final long maxPageSize;
    private final Predicate<String> wanted;
    private WarcReader reader;
    private Entry next;
    private boolean done;
    private long records;

    public WarcPages(Path file, String name, long maxPageSize, Predicate<String> wanted) {
        this.file = file;
        this.name = name;
        this.maxPageSize = maxPageSize;
        this.wanted = wanted;
    }

    /** Whether a path names a WARC file by its extension. */
    public static boolean isWarc(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".warc.zst");
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry e = next;
        next = null;
        return e;
    }

    private Entry advance() {
        long position = 0;
        try {
            if (reader == null) {
                if (isZstd(file)) {
                    finish();
                    return new Entry(name, null, ZSTD_NOT_SUPPORTED);
                }
                reader = new WarcReader(file);
            }
            while (true) {
                position = reader.position();
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    finish();
                    return null;
                }
                records++;
                if (record.get() instanceof WarcResponse response) {
                    Entry e = page(response);
                    if (e != null) {
                        return e;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            finish();
            String where = reader == null ? name : name + " at byte " + position;
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String what = reader == null ? "cannot read the WARC file: "
                    : records == 0 ? "not a WARC file (no record at its start): "
                    : "the WARC file is cut short or broken here (the pages before are kept): ";
            return new Entry(where, null, what + why);
        }
    }

    private Entry page(WarcResponse response) throws IOException {
        String target = target(response);
        if (!wanted.test(target)) {
            return null;
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return null;
        }
        MediaType type;
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (contentType != null) {
            type = MediaType.parseLeniently(contentType);
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return null;
            }
        } else {
            type = null;
        }
        if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            return new Entry(target, null, "the archive holds this response cut short (WARC-Truncated: "
                    + response.truncated().name().toLowerCase(Locale.ROOT) + ")");
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageSize + 1));
        }
        if (body.length > maxPageSize) {
            return new Entry(target, null, "larger than --max-page-size (" + maxPageSize + " bytes)");
        }
        String charset = type == null ? null : type.parameters().get("charset");
        return new Entry(target, new PageInput.Payload(body, charset), null);
    }

    /** Whether the file starts with a Zstandard frame or the skippable frame of a .warc.zst dictionary. */
    private static boolean isZstd(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        int magic = (head[0] & 0xff) | (head[1] & 0xff) << 8 | (head[2] & 0xff) << 16 | (head[3] & 0xff) << 24;
        return magic == 0xFD2FB528 || magic == 0x184D2A5D;
    }

    /** WARC-Target-URI as written; wget writes it in angle brackets, as WARC 1.0's grammar once showed it. */
    static String target(WarcResponse response) {
        String target = response.headers().first("WARC-Target-URI").orElse("").strip();
        if (target.startsWith("<") && target.endsWith(">")) {
            target = target.substring(1, target.length() - 1);
        }
        return target;
    }

    private void finish() {
        done = true;
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // read to its end or given up: nothing is lost by a failed close
            }
        }
    }
}
