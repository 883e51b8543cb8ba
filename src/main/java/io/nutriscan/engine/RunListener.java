package io.nutriscan.engine;

import io.nutriscan.model.PageRecord;
import io.nutriscan.model.Tally;
import io.nutriscan.shard.Shard;

import java.nio.file.Path;

/** Told what a run does as it does it: for progress and a summary; it decides nothing. */
public interface RunListener {

    RunListener NONE = new RunListener() {
    };

    /** Whether the inputs should be counted beside the run (for a total and an ETA) when they can be read twice. */
    default boolean wantsTotal() {
        return false;
    }

    /** The number of inputs of the run, those --resume skips included, once known. */
    default void total(long inputs) {
    }

    /** Records an earlier run already wrote to the file being resumed. */
    default void resumed(Tally held, Path file) {
    }

    /** A shard's slice, before its first page. */
    default void shard(Shard shard, long first, long count, long inputs) {
    }

    /** A record, as it is written. */
    default void record(PageRecord record) {
    }

    /** The run is over: its output committed, or, when interrupted, left as the result says. */
    default void finished(RunResult result) {
    }
}
