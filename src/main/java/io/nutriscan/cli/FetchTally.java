package io.nutriscan.cli;

import io.nutriscan.input.web.Fetcher;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** What a run's fetches came to, counted as the fetcher tells it: for the progress line and the summary. */
final class FetchTally implements Fetcher.Listener {

    private final LongAdder received = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder notModified = new LongAdder();

    @Override
    public void received(long bytes) {
        received.add(bytes);
        requests.increment();
    }

    @Override
    public void retrying() {
        retries.increment();
    }

    @Override
    public void throttled() {
        throttled.increment();
    }

    @Override
    public void notModified() {
        notModified.increment();
    }

    /** ", 1.2 MB/s fetched, 3 retries" for the progress line; "" before anything was fetched. */
    String progress(double seconds) {
        long bytes = received.sum();
        return bytes == 0 ? "" : String.format(Locale.ROOT, ", %.1f MB/s fetched, %d retries", bytes / 1e6 / Math.max(seconds, 1e-9),
                retries.sum());
    }

    /** The summary's line about the requests, or null for a run that fetched nothing. */
    String summary() {
        if (requests.sum() == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "nutriscan: %d requests, %d answered 429 or 503, %d retried%s",
                requests.sum(), throttled.sum(), retries.sum(),
                notModified.sum() > 0 ? "; " + notModified.sum() + " pages not modified since the archive (--revisit)" : "");
    }
}
