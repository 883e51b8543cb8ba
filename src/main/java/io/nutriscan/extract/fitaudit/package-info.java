/**
 * fitaudit.ru's pages, all of the site's vocabulary in one place ({@code div#him_bx}, the {@code pr__} classes, the
 * h1's suffix, the slugs, the Russian legend grammar, the head size): {@link io.nutriscan.extract.fitaudit.PageExtractor}
 * reads the nutrient legend, the product name and, with {@code --nutrients}, the whole profile. First by a
 * byte-level fast path ({@link io.nutriscan.extract.fitaudit.BlockScanner},
 * {@link io.nutriscan.extract.fitaudit.LegendReader}, {@link io.nutriscan.extract.fitaudit.ProfileReader}) that
 * settles most real pages from their head, else by jsoup's DOM; both paths give identical records (the
 * differential and fuzz tests hold them to it). Uses {@code model}, {@code extract}, {@code extract.html} and jsoup.
 */
package io.nutriscan.extract.fitaudit;
