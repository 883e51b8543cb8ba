/**
 * {@code nutriscan bench}: the same run per engine and concurrency level in one process, its table, JSON and SVG
 * chart. Uses {@code engine}, {@code input}, {@code output} and {@code model}.
 */
package io.nutriscan.bench;
