/**
 * Pages from web archives: WARC (response, resource and revisit records) and ARC files, plain or gzipped, read
 * with jwarc in one pass; what is not a page is counted with why ({@link io.nutriscan.input.warc.SkippedRecords}).
 * Uses {@code model} and {@code input.sniff}.
 */
package io.nutriscan.input.warc;
