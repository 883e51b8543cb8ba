package io.nutriscan.bench;

/**
 * What one configuration measured: the best of its runs (the least disturbed by the rest of the machine).
 *
 * @param seconds       wall time of the best run, pages read, parsed and written as JSON
 * @param pagesPerSecond pages / seconds
 * @param megabytesPerSecond page bytes (10^6) / seconds
 * @param speedup       pages/s against the sequential engine
 * @param peakHeapBytes the most heap in use during the configuration's runs, garbage not yet collected included
 * @param allocatedBytesPerPage heap allocated per page by the whole pipeline (reading, parsing, writing)
 * @param outputDigest  SHA-256 of the JSON written: every configuration must write the same bytes
 */
public record BenchResult(BenchConfig config, double seconds, double pagesPerSecond, double megabytesPerSecond,
                          double speedup, long peakHeapBytes, long allocatedBytesPerPage, long ok, long failed, String outputDigest) {
}
