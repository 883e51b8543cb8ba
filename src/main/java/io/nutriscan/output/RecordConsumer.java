package io.nutriscan.output;

import io.nutriscan.model.PageRecord;

import java.io.IOException;

/** Receives records in input order, as a spool or a shard run's parts give them back. */
@FunctionalInterface
public interface RecordConsumer {
    void accept(PageRecord record) throws IOException;
}
