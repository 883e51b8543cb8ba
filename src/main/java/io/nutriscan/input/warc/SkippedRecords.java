package io.nutriscan.input.warc;

import java.util.Map;
import java.util.TreeMap;

/**
 * The records of the archives a run read that were not pages, counted by why: every record is accounted for,
 * either as a page (a record of the output) or here, and the run's summary says how many and why.
 */
public final class SkippedRecords {

    private final Map<String, Long> byReason = new TreeMap<>();
    private long records;

    /** A record that was read (a page or not). */
    synchronized void read() {
        records++;
    }

    synchronized void skip(String reason) {
        byReason.merge(reason, 1L, Long::sum);
    }

    public synchronized long records() {
        return records;
    }

    public synchronized long skipped() {
        return byReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "12 requests, 1 warcinfo, 3 not HTML (image/png, …)": the reasons, the most frequent first. */
    public synchronized String describe() {
        return byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** "nutriscan: 1204 archive records read, 864 not pages: 340 requests, …", or null when every record was a page. */
    public String summary() {
        return skipped() == 0 ? null
                : String.format(java.util.Locale.ROOT, "nutriscan: %d archive records read, %d not pages: %s", records(), skipped(), describe());
    }
}
