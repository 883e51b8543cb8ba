/**
 * Pages in the real site's markup, made up from a seed: {@code nutriscan generate} and the tests' corpora, with
 * broken and re-encoded variants and the ground truth of each page. Uses nothing of nutriscan's, so that the
 * ground truth is never the extractor's own output.
 */
package io.nutriscan.corpus;
