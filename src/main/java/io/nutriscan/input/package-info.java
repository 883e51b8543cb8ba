/**
 * Where pages come from: paths, folders (walked in sorted order), path lists, stdin, URLs, sitemaps and web
 * archives, turned into one ordered stream of {@link io.nutriscan.model.PageInput}s by
 * {@link io.nutriscan.input.PageInputs}, each entry a page or an error saying why not;
 * {@link io.nutriscan.input.PageReader} reads a file's bytes within the page limit. Uses {@code model} and its
 * sub-packages {@code sniff}, {@code warc} and {@code web}.
 */
package io.nutriscan.input;
