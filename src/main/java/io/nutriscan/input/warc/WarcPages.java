package io.nutriscan.input.warc;

import io.nutriscan.input.sniff.HtmlSniff;
import io.nutriscan.model.PageInput;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

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
 * The pages of a WARC file (or an ARC file, the format before it, which jwarc reads too), in one pass. A page is
 * a {@code response} record of HTTP status 200 whose body is HTML (by its Content-Type, or sniffed when the server
 * said application/octet-stream or nothing), a {@code resource} record of text/html (as browser-based archivers
 * store pages), or a {@code revisit} record whose original was read before it, in this file or an earlier one of
 * the run ({@link ArchiveIndex}; its body is the original's). The source is the record's WARC-Target-URI and the bytes the body with any transfer and content
 * encoding undone. Every other record is counted in {@link SkippedRecords} with why. A response marked
 * WARC-Truncated, or larger than the page limit, is an error record; a file that ends inside a record (or is not a
 * WARC file) ends with one error record for the rest, the pages before it kept. Reads per-record gzip (Common
 * Crawl, wget, nutriscan), whole-file gzip and uncompressed files alike.
 */
public final class WarcPages implements Iterator<WarcPages.Entry> {

    /** Why a Zstandard-compressed WARC file is refused, in the JVM and the native build alike. */
    static final String ZSTD_NOT_SUPPORTED = "a Zstandard-compressed WARC file is not supported;"
            + " decompress it first (zstd -d FILE.warc.zst) or give a plain or gzipped WARC file";

    /** A page found, or a problem in the file where its {@code source} says. */
    public record Entry(String source, PageInput.Archived payload, String problem) {
    }

    private final Path file;
    private final String name;
    private final long maxPageSize;
    private final Predicate<String> wanted;
    private final SkippedRecords skipped;
    private WarcReader reader;
    private Entry next;
    private boolean done;
    private long records;
    /** Where each page-worthy record of this run's archives starts, and the ways a revisit names its original. */
    private final ArchiveIndex index;

    public WarcPages(Path file, String name, long maxPageSize, Predicate<String> wanted) {
        this(file, name, maxPageSize, wanted, new SkippedRecords(), new ArchiveIndex());
    }

    public WarcPages(Path file, String name, long maxPageSize, Predicate<String> wanted, SkippedRecords skipped, ArchiveIndex index) {
        this.index = index;
        this.file = file;
        this.name = name;
        this.maxPageSize = maxPageSize;
        this.wanted = wanted;
        this.skipped = skipped;
    }

    /** Whether a path names a web archive by its extension: WARC (plain, gzip, Zstandard) or ARC (plain, gzip). */
    public static boolean isWarc(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".warc.zst") || lower.endsWith(".arc")
                || lower.endsWith(".arc.gz");
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
                skipped.read();
                Entry e = entry(record.get(), position);
                if (e != null) {
                    return e;
                }
            }
        } catch (IOException | RuntimeException e) {
            // After a failed next() the reader's position is where the broken record starts (before, the last good one's).
            long at = reader == null ? 0 : Math.max(position, reader.position());
            finish();
            String where = reader == null ? name : name + " at byte " + at;
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String what = reader == null ? "cannot read the WARC file: "
                    : records == 0 ? "not a WARC file (no record at its start): "
                    : "the WARC file is cut short or broken here (the pages before are kept): ";
            return new Entry(where, null, what + why);
        }
    }

    /** The page a record holds, or null (counted as skipped, with why). */
    private Entry entry(WarcRecord record, long position) throws IOException {
        switch (record) {
            case WarcRevisit revisit -> {
                return revisited(revisit);
            }
            case WarcResponse response -> {
                Entry e = page(response);
                if (e != null && e.payload() != null) {
                    remember(response, position);
                }
                return e;
            }
            case WarcResource resource -> {
                Entry e = page(resource);
                if (e != null && e.payload() != null) {
                    remember(resource, position);
                }
                return e;
            }
            case WarcRequest ignored -> skipped.skip("requests");
            case WarcMetadata ignored -> skipped.skip("metadata records");
            case Warcinfo ignored -> skipped.skip("warcinfo records");
            default -> skipped.skip(record.type() + " records");
        }
        return null;
    }

    /** A response or resource record as a page; null (and counted) when it is not one. */
    private Entry page(WarcCaptureRecord record) throws IOException {
        String target = target(record);
        if (!wanted.test(target)) {
            skipped.skip("records --match left out");
            return null;
        }
        byte[] body;
        MediaType type;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                skipped.skip("responses that are not HTTP");
                return null;
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                skipped.skip("responses of another status than 200");
                return null;
            }
            type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
            if (truncated(record)) {
                return new Entry(target, null, truncation(record));
            }
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageSize + 1));
            }
        } else {
            type = record.contentType();
            if (truncated(record)) {
                return new Entry(target, null, truncation(record));
            }
            try (InputStream in = record.body().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageSize + 1));
            }
        }
        if (!isHtml(type, body)) {
            skipped.skip(record instanceof WarcResponse ? "responses that are not HTML" : "resources that are not HTML");
            return null;
        }
        if (body.length > maxPageSize) {
            return new Entry(target, null, "larger than --max-page-size (" + maxPageSize + " bytes)");
        }
        String charset = type == null ? null : type.parameters().get("charset");
        return new Entry(target, new PageInput.Archived(body, charset), null);
    }

    /** text/html or application/xhtml+xml; or, for a server that named no type or application/octet-stream, a body that begins as HTML. */
    private static boolean isHtml(MediaType type, byte[] body) {
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return true;
        }
        return (base.isEmpty() || base.equals("application/octet-stream")) && HtmlSniff.startsLikeHtml(body);
    }

    private static boolean truncated(WarcRecord record) {
        return record.truncated() != WarcTruncationReason.NOT_TRUNCATED;
    }

    private static String truncation(WarcRecord record) {
        return "the archive holds this response cut short (WARC-Truncated: " + record.truncated().name().toLowerCase(Locale.ROOT) + ")";
    }

    private void remember(WarcCaptureRecord record, long position) throws IOException {
        String id = idOf(record);
        if (id.isEmpty()) {
            return; // an ARC record: nothing can refer to it
        }
        index.remember(id, file, position, record.payloadDigest().map(d -> d.prefixedBase32()).orElse(null),
                target(record) + " " + record.date());
    }

    /** A revisit whose original was read before it (in this file or an earlier one): the original's body under the revisit's URI. */
    private Entry revisited(WarcRevisit revisit) throws IOException {
        String target = target(revisit);
        if (!wanted.test(target)) {
            skipped.skip("records --match left out");
            return null;
        }
        String id = revisit.refersTo().map(Object::toString).orElse(null);
        if (index.location(id) == null) {
            id = revisit.payloadDigest().map(d -> index.idByDigest(d.prefixedBase32())).orElse(null);
        }
        if (id == null && revisit.refersToTargetURI().isPresent() && revisit.refersToDate().isPresent()) {
            id = index.idByTargetAndDate(ArchiveRecords.withoutBrackets(revisit.refersToTargetURI().get().toString()) + " " + revisit.refersToDate().get());
        }
        ArchiveIndex.Location location = index.location(id);
        if (location == null) {
            skipped.skip("revisits whose original was not read before them");
            return null;
        }
        Entry original = original(id, location);
        if (original == null || original.payload() == null) {
            skipped.skip("revisits whose original was not read before them");
            return null;
        }
        return new Entry(target, original.payload(), null);
    }

    /** Reads the record {@code id} again, where the index says it is. */
    private Entry original(String id, ArchiveIndex.Location location) throws IOException {
        return ArchiveRecords.reread(location.file(), location.position(),
                record -> idOf(record).equals(id) && record instanceof WarcCaptureRecord,
                record -> page((WarcCaptureRecord) record));
    }

    /** The record's WARC-Record-ID as revisits name it (without angle brackets); "" for an ARC record, which has none. */
    private static String idOf(WarcRecord record) {
        return record.headers().first("WARC-Record-ID").isPresent() ? record.id().toString() : "";
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
    static String target(WarcRecord record) {
        return ArchiveRecords.withoutBrackets(record.headers().first("WARC-Target-URI").orElse(""));
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
