package io.nutriscan.input.web;

import io.nutriscan.input.warc.ArchiveRecords;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier crawls archived (--revisit FILE.warc[.gz], repeatable), so a fetch asks only whether a page
 * changed: for each URL whose latest capture carried an ETag or a Last-Modified, the request sends
 * If-None-Match / If-Modified-Since, and a 304 takes the archived body instead of a new one. A revisit record in
 * those archives (as a run with --revisit and --warc writes for unchanged pages) stands for the response it
 * points to, which may be in another of the files given. Only the index is held: where each record is, its
 * validators; bodies are read back from the files when a 304 asks for them.
 */
public final class RevisitArchive {

    /** A URL's latest capture: its validators, and the response record that holds its body. */
    record Capture(String etag, String lastModified, URI originalId, URI originalTarget, Instant originalDate, Instant date) {
    }

    /** An archived body with the Content-Type it was served with (or null). */
    record Body(byte[] bytes, String contentType) {
    }

    private record Location(Path file, long position) {
    }

    private final Map<String, Capture> byUrl = new HashMap<>();
    private final Map<URI, Location> responses = new HashMap<>();
    private final Map<URI, Instant> responseDates = new HashMap<>();

    /** Reads the archives' indexes; an archive that cannot be read is an IOException naming it. */
    public RevisitArchive(List<Path> archives) throws IOException {
        Map<URI, List<String>> revisits = new HashMap<>();
        for (Path file : archives) {
            try (WarcReader reader = new WarcReader(file)) {
                while (true) {
                    long position = reader.position();
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    WarcRecord record = next.get();
                    if (record instanceof WarcResponse response && response.http().status() == 200) {
                        responses.put(response.id(), new Location(file, position));
                        responseDates.put(response.id(), response.date());
                        remember(response.target(), response.http(), response.id(), response.targetURI(), response.date(),
                                response.date());
                    } else if (record instanceof WarcRevisit revisit && revisit.refersTo().isPresent()) {
                        // a page that was not modified: its validators stand, its body is the original's
                        URI original = revisit.refersTo().get();
                        remember(revisit.target(), revisit.http(), original,
                                revisit.refersToTargetURI().orElse(revisit.targetURI()), revisit.refersToDate().orElse(null),
                                revisit.date());
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new IOException("--revisit " + file + ": cannot read the archive: " + e.getMessage(), e);
            }
        }
    }

    private void remember(String target, HttpResponse http, URI originalId, URI originalTarget, Instant originalDate, Instant date) {
        String etag = http.headers().first("ETag").orElse(null);
        String lastModified = http.headers().first("Last-Modified").orElse(null);
        String url = ArchiveRecords.withoutBrackets(target);
        Capture known = byUrl.get(url);
        if ((etag != null || lastModified != null) && (known == null || !known.date().isAfter(date))) {
            byUrl.put(url, new Capture(etag, lastModified, originalId, originalTarget, originalDate, date));
        }
    }

    /** The capture to ask about, or null when the archives hold none with validators (or not its body). */
    Capture capture(URI url) {
        Capture c = byUrl.get(url.toString());
        return c != null && responses.containsKey(c.originalId()) ? c : null;
    }

    /** The archived response's date (for the revisit record's WARC-Refers-To-Date). */
    Instant originalDate(Capture capture) {
        return capture.originalDate() != null ? capture.originalDate() : responseDates.get(capture.originalId());
    }

    /** The body of the response {@code capture} points to, decoded as a fetched one is, at most {@code limit} bytes (+1). */
    Body body(Capture capture, long limit) {
        Location at = responses.get(capture.originalId());
        try {
            WarcResponse response = read(at, capture.originalId());
            try (InputStream in = response.http().bodyDecoded().stream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                return new Body(bytes, response.http().headers().first("Content-Type").orElse(null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("--revisit " + at.file() + ": cannot read the archived page again: " + e.getMessage(), e);
        }
    }

    /** The response record {@code id}, read again where the index says it is. */
    private static WarcResponse read(Location at, URI id) throws IOException {
        WarcResponse response = ArchiveRecords.reread(at.file(), at.position(),
                record -> record.id().equals(id) && record instanceof WarcResponse, record -> copy((WarcResponse) record));
        if (response == null) {
            throw new IOException("record " + id + " is no longer in the file");
        }
        return response;
    }

    /** The record's block is read while its reader is open, into a record held in memory. */
    private static WarcResponse copy(WarcResponse response) throws IOException {
        byte[] block = response.body().stream().readAllBytes();
        return new WarcResponse.Builder(response.targetURI()).date(response.date()).recordId(response.id())
                .body(response.contentType(), block).build();
    }

    public int size() {
        return byUrl.size();
    }
}
