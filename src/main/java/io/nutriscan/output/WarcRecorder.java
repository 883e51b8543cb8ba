package io.nutriscan.output;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Every fetch as a WARC/1.1 request record and response record, each its own gzip member (as Common Crawl
 * writes them), so a crawl can be extracted again offline. The response holds the body as the client
 * received it after decompression: its Content-Encoding and Transfer-Encoding headers are left out and its
 * Content-Length is the body's. Records are written whole, one fetch at a time.
 */
public final class WarcRecorder {

    /** Headers that describe the bytes on the wire, not the decoded body the record holds. */
    private static final Set<String> WIRE_HEADERS = Set.of("content-encoding", "transfer-encoding", "content-length");

    private final WarcWriter writer;
    private IOException failure;

    public WarcRecorder(OutputStream out) throws IOException {
        this.writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
    }

    /** One exchange; a failure to write is kept and thrown by {@link #check}, so the run can refuse to commit. */
    public synchronized void record(URI url, Iterable<Map.Entry<String, String>> requestHeaders, int status, String reason,
                             Iterable<Map.Entry<String, String>> responseHeaders, byte[] body) {
        if (failure != null) {
            return;
        }
        try {
            Instant now = Instant.now();
            WarcRequest.Builder requestRecord = requestRecord(url, requestHeaders, now);
            HttpResponse.Builder response = new HttpResponse.Builder(status, reason == null ? "" : reason);
            String contentType = null;
            for (Map.Entry<String, String> h : responseHeaders) {
                String name = h.getKey().toLowerCase(java.util.Locale.ROOT);
                if (name.equals("content-type")) {
                    contentType = h.getValue();
                }
                if (!WIRE_HEADERS.contains(name)) {
                    response.addHeader(h.getKey(), h.getValue());
                }
            }
            response.body(contentType == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(contentType), body);
            WarcResponse built = new WarcResponse.Builder(url).date(now).body(response.build()).build();
            writer.write(built);
            writer.write(requestRecord.concurrentTo(built.id()).build());
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * A 304 Not Modified to a conditional request (--revisit): a WARC/1.1 revisit record, profile server-not-modified,
     * pointing at the archived response whose body stands, and the request record beside it.
     */
    public synchronized void recordRevisit(URI url, Iterable<Map.Entry<String, String>> requestHeaders, int status, String reason,
                                    Iterable<Map.Entry<String, String>> responseHeaders, URI originalId, URI originalTarget,
                                    Instant originalDate) {
        if (failure != null) {
            return;
        }
        try {
            Instant now = Instant.now();
            HttpResponse.Builder response = new HttpResponse.Builder(status, reason == null ? "" : reason);
            for (Map.Entry<String, String> h : responseHeaders) {
                if (!WIRE_HEADERS.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    response.addHeader(h.getKey(), h.getValue());
                }
            }
            WarcRevisit.Builder revisit = new WarcRevisit.Builder(url, WarcRevisit.SERVER_NOT_MODIFIED_1_1).date(now)
                    .body(response.build());
            revisit = originalDate != null ? revisit.refersTo(originalId, originalTarget, originalDate) : revisit.refersTo(originalId);
            WarcRevisit built = revisit.build();
            writer.write(built);
            writer.write(requestRecord(url, requestHeaders, now).concurrentTo(built.id()).build());
        } catch (IOException e) {
            failure = e;
        }
    }

    private static WarcRequest.Builder requestRecord(URI url, Iterable<Map.Entry<String, String>> requestHeaders, Instant now)
            throws IOException {
        String target = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            target += "?" + url.getRawQuery();
        }
        HttpRequest.Builder request = new HttpRequest.Builder("GET", target);
        for (Map.Entry<String, String> h : requestHeaders) {
            request.addHeader(h.getKey(), h.getValue());
        }
        return new WarcRequest.Builder(url).date(now).body(request.build());
    }

    /** Throws the first write that failed, if any. */
    public synchronized void check() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }
}
