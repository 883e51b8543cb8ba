package io.nutriscan.extract;

import io.nutriscan.model.PageResult;

import java.nio.charset.Charset;

/**
 * One run's reading of a site's pages, a pure function of the bytes: the engine reads a page's first
 * {@link #headBytes()} and asks {@link #extractFromPrefix}; when that cannot settle the record, it reads the whole
 * page and asks {@link #extract}. Called from many threads at once.
 */
public interface SiteExtractor {

    /** How much of a page to read first: past where everything a record needs ends on the site's pages. */
    int headBytes();

    /**
     * The record of a whole page; {@code declared}: the charset the page's HTTP header named (null: none). Never
     * throws for a page's content: a page that gives no values is a {@link PageResult.Failure} saying why.
     */
    PageResult extract(byte[] page, Charset declared);

    /** The record from a page's first bytes, or null when they cannot settle it (then the whole page is read). */
    default PageResult extractFromPrefix(byte[] prefix) {
        return null;
    }
}
