/**
 * The run: {@link io.nutriscan.engine.Run} takes validated {@link io.nutriscan.engine.RunOptions}, pulls inputs,
 * reads and extracts pages in a Mutiny pipeline on virtual threads (or platform threads, or one thread) with
 * concurrency bounded by semaphores, and writes records in input order through a reorder window that bounds
 * memory. Uses {@code input} for pages, {@code extract} to read them (and names its sites in
 * {@link io.nutriscan.engine.Sites}), {@code output}, {@code resume} and {@code shard} to write; knows nothing of
 * the command line.
 */
package io.nutriscan.engine;
