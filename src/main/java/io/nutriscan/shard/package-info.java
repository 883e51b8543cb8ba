/**
 * Splitting one job over machines: a shard's slice of the input list ({@link io.nutriscan.shard.Shard}), its part
 * and summary written atomically ({@link io.nutriscan.shard.PartWriter}), and {@link io.nutriscan.shard.Merge},
 * which checks that the parts make one whole list and writes byte for byte what a single run writes. Uses
 * {@code model} and {@code output}.
 */
package io.nutriscan.shard;
