/**
 * What flows through a run, as plain records: a page to read ({@link io.nutriscan.model.PageInput}), what was read
 * from it ({@link io.nutriscan.model.PageResult}, {@link io.nutriscan.model.PageRecord}), the nutrients and legend
 * items, the sink records go to and the {@link io.nutriscan.model.Tally} that counts them. Uses nothing of
 * nutriscan's: every other package may use it.
 */
package io.nutriscan.model;
