/**
 * Byte-level HTML that any site's reader may use, without a DOM and without a string per tag:
 * {@link io.nutriscan.extract.html.PageDecoder} picks a page's charset as a browser does; the tag-name table
 * ({@link io.nutriscan.extract.html.TagKind}), attribute reading ({@link io.nutriscan.extract.html.TagAttributes}),
 * byte search, UTF-8, whitespace and character references are the pieces a site's tokenizer is built from. Knows
 * no site. Uses {@code extract} (its exception) only.
 */
package io.nutriscan.extract.html;
