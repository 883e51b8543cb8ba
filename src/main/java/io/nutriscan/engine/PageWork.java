package io.nutriscan.engine;

import io.nutriscan.extract.SiteExtractor;
import io.nutriscan.input.PageReader;
import io.nutriscan.input.web.Fetcher;
import io.nutriscan.input.web.WebSession;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What happens to one page on its thread: read the file (I/O, as wide as {@code -j} allows), then
 * parse it holding one of the parse permits (CPU-bound, about one per core), so a wide {@code -j}
 * never means hundreds of half-built DOMs competing for two cores. Only the page's first bytes (as many as
 * the site's extractor asks for) are read at first: on a real fitaudit page everything the record needs ends
 * about 17 KiB into its 124; the rest is read only when those bytes do not settle the page.
 */
public final class PageWork implements Function<PageInput, PageRecord> {

    private final PageReader reader;
    private final SiteExtractor extractor;
    private final Semaphore parsePermits;
    private final HeadBuffers heads;
    private final WebSession web;

    /** {@code web}: where URL inputs are fetched (null: a run without any). */
    public PageWork(PageReader reader, SiteExtractor extractor, int parsers, WebSession web) {
        this.web = web;
        this.reader = reader;
        this.extractor = extractor;
        this.parsePermits = new Semaphore(parsers);
        // Buffers for the heads being read and parsed at once; more reads than that make new ones.
        this.heads = new HeadBuffers(extractor.headBytes(), 4 * parsers + 8);
    }

    @Override
    public PageRecord apply(PageInput input) {
        return switch (input.origin()) {
            case PageInput.File file -> fromFile(input, file.path());
            case PageInput.Url url -> fetched(input, url.url());
            case PageInput.Archived archived -> readBytes(input, archived.bytes(), archived.charset(), null);
            case PageInput.Unusable unusable -> failed(input, unusable.problem());
            case PageInput.Recorded recorded -> throw new IllegalArgumentException("a record read back is not a page to read");
        };
    }

    private PageRecord fromFile(PageInput input, Path path) {
        byte[] buffer = heads.take();
        try {
            return fromFile(input, path, buffer);
        } finally {
            heads.give(buffer); // the head's bytes may be the buffer: only once the record is made
        }
    }

    private PageRecord fromFile(PageInput input, Path path, byte[] buffer) {
        PageReader.Head head;
        try {
            head = reader.readHead(path, buffer);
        } catch (PageReader.UnreadablePage e) {
            return failed(input, e.getMessage());
        }
        if (!head.whole()) {
            PageResult settled = parse(() -> extractor.extractFromPrefix(head.bytes()));
            if (settled != null) {
                return new PageRecord(input, settled);
            }
        }
        byte[] page;
        try {
            page = head.whole() ? head.bytes() : reader.read(path);
        } catch (PageReader.UnreadablePage e) {
            return failed(input, e.getMessage());
        }
        return new PageRecord(input, parse(() -> extractor.extract(page, null)));
    }

    /** A URL: fetched on this (virtual) thread, which parks while it waits; parsed with a permit like a file. */
    private PageRecord fetched(PageInput input, URI url) {
        Fetcher.Outcome outcome;
        try {
            outcome = web.fetcher().fetch(url);
        } catch (InterruptedException e) {
            return failed(input, "stopped before the page was fetched");
        }
        return switch (outcome) {
            case Fetcher.Failed failed -> failed(input, failed.reason());
            case Fetcher.Page page -> readBytes(input, page.bytes(), page.charset(), page.finalUrl());
        };
    }

    /** A page whose bytes came from the network or an archive; {@code charset}: what its HTTP header named. */
    private PageRecord readBytes(PageInput input, byte[] bytes, String charset, String finalUrl) {
        byte[] page;
        try {
            page = reader.unwrap(bytes);
        } catch (PageReader.UnreadablePage e) {
            return new PageRecord(input, new PageResult.Failure(e.getMessage()), finalUrl);
        }
        return new PageRecord(input, parse(() -> extractor.extract(page, charset(charset))), finalUrl);
    }

    /** A charset an HTTP header named, when Java knows it; an unknown name is as good as none. */
    static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private PageResult parse(Supplier<PageResult> extraction) {
        parsePermits.acquireUninterruptibly();
        try {
            return extraction.get();
        } finally {
            parsePermits.release();
        }
    }

    static PageRecord failed(PageInput input, String reason) {
        return new PageRecord(input, new PageResult.Failure(reason));
    }
}
