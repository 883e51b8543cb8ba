package io.nutriscan.input.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** Where the fetcher keeps every exchange it has (a run's --warc file); told each one as it ends, never asked anything. */
public interface ExchangeRecorder {

    ExchangeRecorder NONE = new ExchangeRecorder() {
        @Override
        public void response(URI url, Iterable<Map.Entry<String, String>> requestHeaders, int status, String reason,
                             Iterable<Map.Entry<String, String>> responseHeaders, byte[] body) {
        }

        @Override
        public void notModified(URI url, Iterable<Map.Entry<String, String>> requestHeaders, int status, String reason,
                                Iterable<Map.Entry<String, String>> responseHeaders, URI originalId, URI originalTarget,
                                Instant originalDate) {
        }
    };

    /** A request and the response it got, its body as decoded. */
    void response(URI url, Iterable<Map.Entry<String, String>> requestHeaders, int status, String reason,
                  Iterable<Map.Entry<String, String>> responseHeaders, byte[] body);

    /** A conditional request answered 304 (--revisit): the archived response {@code originalId} stands. */
    void notModified(URI url, Iterable<Map.Entry<String, String>> requestHeaders, int status, String reason,
                     Iterable<Map.Entry<String, String>> responseHeaders, URI originalId, URI originalTarget,
                     Instant originalDate);
}
