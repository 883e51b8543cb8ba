/**
 * Reading a page: bytes in, a {@link io.nutriscan.model.PageResult} out, a pure function with no I/O.
 * {@link io.nutriscan.extract.PageDecoder} finds the charset; {@link io.nutriscan.extract.PageExtractor} reads the
 * nutrient legend of {@code div#him_bx}, the product name and, with {@code --nutrients}, the whole profile: first by
 * a byte-level fast path ({@link io.nutriscan.extract.BlockScanner}, {@link io.nutriscan.extract.LegendReader},
 * {@link io.nutriscan.extract.ProfileReader}) that settles most real pages from their head, else by jsoup's DOM;
 * both paths give identical records (the differential and fuzz tests hold them to it). Uses only {@code model}
 * and jsoup.
 */
package io.nutriscan.extract;
