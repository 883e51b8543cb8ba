package io.nutriscan.model;

/**
 * Records counted as they go by: how many, and how many of them failed. The one place a count tells ok from failed;
 * the run, a resumed file, a shard's part and the progress line all count with it. Not thread-safe: a tally is kept
 * by the one thread that writes the records, or under its owner's lock.
 */
public final class Tally {

    private long records;
    private long failed;

    public Tally() {
    }

    public Tally(long records, long failed) {
        this.records = records;
        this.failed = failed;
    }

    public void add(PageRecord record) {
        records++;
        if (!record.result().ok()) {
            failed++;
        }
    }

    public void add(Tally other) {
        records += other.records;
        failed += other.failed;
    }

    public long records() {
        return records;
    }

    public long failed() {
        return failed;
    }

    public long ok() {
        return records - failed;
    }
}
