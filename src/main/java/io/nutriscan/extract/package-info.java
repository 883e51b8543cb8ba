/**
 * Reading a page, the seam: a {@link io.nutriscan.extract.Site} gives the run a
 * {@link io.nutriscan.extract.SiteExtractor}, a pure function from a page's bytes to a
 * {@link io.nutriscan.model.PageResult}, with no I/O. Each site is one sub-package holding all of its vocabulary
 * ({@code fitaudit}); {@code html} is the byte-level HTML they share (charset decoding, the tokenizer's tag names
 * and attributes, UTF-8, character references). Uses only {@code model}; the engine's
 * {@link io.nutriscan.engine.Sites} names the sites.
 */
package io.nutriscan.extract;
