package io.nutriscan.engine;

import io.nutriscan.extract.PageExtractor;
import io.nutriscan.input.PageReader;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;

import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * What happens to one page on its thread: read the file (I/O, as wide as {@code -j} allows), then
 * parse it holding one of the parse permits (CPU-bound, about one per core), so a wide {@code -j}
 * never means hundreds of half-built DOMs competing for two cores.
 */
public final class PageWork implements Function<PageInput, PageRecord> {

    private final PageReader reader;
    private final PageExtractor extractor;
    private final Semaphore parsePermits;

    public PageWork(PageReader reader, PageExtractor extractor, int parsers) {
        this.reader = reader;
        this.extractor = extractor;
        this.parsePermits = new Semaphore(parsers);
    }

    @Override
    public PageRecord apply(PageInput input) {
        if (input.problem() != null) {
            return failed(input, input.problem());
        }
        byte[] page;
        try {
            page = reader.read(input.path());
        } catch (PageReader.UnreadablePage e) {
            return failed(input, e.getMessage());
        }
        parsePermits.acquireUninterruptibly();
        try {
            return new PageRecord(input, extractor.extract(page));
        } finally {
            parsePermits.release();
        }
    }

    static PageRecord failed(PageInput input, String reason) {
        return new PageRecord(input, new PageResult.Failure(reason));
    }
}
