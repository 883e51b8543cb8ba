package io.nutriscan.model;

import java.io.IOException;

/** Takes records in input order: the pipeline gives them to it, and so do a spool and a sharded run's parts. */
@FunctionalInterface
public interface RecordSink {

    /** Returns false to take no more (--fail-fast). */
    boolean accept(PageRecord record) throws IOException;
}
