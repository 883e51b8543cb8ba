package io.nutriscan.shard;

/**
 * One of {@code of} contiguous slices of the ordered input list, numbered from 0 (as Kubernetes numbers
 * the pods of an Indexed Job). Slice K holds inputs [K·T/N, (K+1)·T/N) of T: sizes differ by at most one,
 * and the slices of 0..N-1 cover the list exactly once.
 */
public record Shard(int index, int of) {

    public Shard {
        if (of < 1 || index < 0 || index >= of) {
            throw new IllegalArgumentException("shard K of N needs N >= 1 and 0 <= K < N, not " + index + "/" + of);
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
