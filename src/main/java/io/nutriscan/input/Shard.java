package io.nutriscan.input;

import java.util.Optional;

/**
 * One of {@code of} contiguous slices of the ordered input list, numbered from 0 (as Kubernetes numbers
 * the pods of an Indexed Job). Slice K holds inputs [K·T/N, (K+1)·T/N) of T: sizes differ by at most one,
 * and the slices of 0..N-1 cover the list exactly once.
 */
public record Shard(int index, int of) {

    public static final String JOB_INDEX_VARIABLE = "JOB_COMPLETION_INDEX";

    public Shard {
        if (of < 1 || index < 0 || index >= of) {
            throw new IllegalArgumentException("--shard K/N needs N >= 1 and 0 <= K < N, not " + index + "/" + of);
        }
    }

    /**
     * {@code K/N}, or {@code N} (or {@code /N}) with K taken from {@code JOB_COMPLETION_INDEX} (what a
     * Kubernetes Indexed Job sets in each pod).
     */
    public static Shard parse(String text, Optional<String> jobIndex) {
        int slash = text.indexOf('/');
        String n = text.substring(slash + 1);
        String k = slash > 0 ? text.substring(0, slash) : jobIndex.orElseThrow(() -> new IllegalArgumentException(
                "--shard " + text + " takes K from " + JOB_INDEX_VARIABLE + ", which is not set: give --shard K/" + n));
        try {
            return new Shard(Integer.parseInt(k.strip()), Integer.parseInt(n.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard wants K/N or N (K from " + JOB_INDEX_VARIABLE + "), not '" + text
                    + "'" + (slash < 0 ? " with " + JOB_INDEX_VARIABLE + "=" + k : ""));
        }
    }

    /** The index of this slice's first input among {@code total}. */
    public long first(long total) {
        return Math.multiplyExact(total, (long) index) / of;
    }

    /** The number of inputs in this slice. */
    public long count(long total) {
        return Math.multiplyExact(total, (long) index + 1) / of - first(total);
    }

    @Override
    public String toString() {
        return index + "/" + of;
    }
}
