/**
 * The command line (picocli): the commands, their options turned into one validated options object, the
 * summary and progress on stderr, exit codes and signals. Thin: the work is done by {@code engine},
 * {@code shard} and {@code bench}, which this package may use with every package below them; nothing uses it.
 */
package io.nutriscan.cli;
