package io.nutriscan.cli;

import io.nutriscan.shard.Shard;

import java.util.Optional;

/** The value of --shard: {@code K/N}, or {@code N} (or {@code /N}) with K from the Kubernetes Indexed Job's variable. */
final class ShardOption {

    /** What a Kubernetes Indexed Job sets in each pod: the pod's index, from 0. */
    static final String JOB_INDEX_VARIABLE = "JOB_COMPLETION_INDEX";

    private ShardOption() {
    }

    /** The slice; an IllegalArgumentException says, with the option's name, what is wrong with {@code text}. */
    static Shard parse(String text, Optional<String> jobIndex) {
        int slash = text.indexOf('/');
        String n = text.substring(slash + 1);
        String k = slash > 0 ? text.substring(0, slash) : jobIndex.orElseThrow(() -> new IllegalArgumentException(
                "--shard " + text + " takes K from " + JOB_INDEX_VARIABLE + ", which is not set: give --shard K/" + n));
        int index;
        int of;
        try {
            index = Integer.parseInt(k.strip());
            of = Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard wants K/N or N (K from " + JOB_INDEX_VARIABLE + "), not '" + text
                    + "'" + (slash < 0 ? " with " + JOB_INDEX_VARIABLE + "=" + k : ""));
        }
        if (of < 1 || index < 0 || index >= of) {
            throw new IllegalArgumentException("--shard K/N needs N >= 1 and 0 <= K < N, not " + index + "/" + of);
        }
        return new Shard(index, of);
    }
}
