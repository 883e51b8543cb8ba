/**
 * Where records go: one writer per format (JSON, JSON Lines, CSV) over one record codec
 * ({@link io.nutriscan.output.RecordCodec}), and targets that never leave a half-written file (an atomic rename
 * into place, an append for {@code --resume}, stdout); the WARC records of a run's fetches
 * ({@link io.nutriscan.output.WarcRecorder}). Uses {@code model} only.
 */
package io.nutriscan.output;
