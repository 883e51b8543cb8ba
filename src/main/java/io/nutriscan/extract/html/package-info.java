/**
 * Byte-level HTML that any site's reader may use, without a DOM and without a string per tag:
 * {@link io.nutriscan.extract.html.PageDecoder} picks a page's charset as a browser does; the
 * {@link io.nutriscan.extract.html.Tokenizer} reads what is at a '<', the {@link io.nutriscan.extract.html.TagTable}
 * looks tag names up once (their {@link io.nutriscan.extract.html.TagKind} and
 * {@link io.nutriscan.extract.html.TagName}), {@link io.nutriscan.extract.html.TagAttributes} reads a tag's
 * attributes; byte search, UTF-8, whitespace and character references besides. Knows no site. Uses
 * {@code extract} (its exception) only.
 */
package io.nutriscan.extract.html;
