package io.nutriscan.input;

import io.nutriscan.input.warc.SkippedRecords;
import io.nutriscan.input.warc.WarcPages;
import io.nutriscan.input.web.Sitemaps;
import io.nutriscan.input.web.Urls;
import io.nutriscan.input.web.WebSession;
import io.nutriscan.model.PageInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The ordered, lazy list of pages to process, numbered from 0 in input order: path arguments (files
 * as given, folders walked, URLs, WARC files' pages), then path lists (files, or stdin; their entries may
 * be URLs and WARC files too), then sitemaps' URLs, one part after another. Nothing is held but the current
 * position, so a list of millions of paths costs no memory.
 */
public final class PageInputs implements Iterable<PageInput> {

    /** An input found but not yet numbered: {@link #iterator} gives each its place in the whole list. */
    private static final long UNNUMBERED = -1;

    private static PageInput found(String source, PageInput.Origin origin) {
        return new PageInput(UNNUMBERED, source, origin);
    }

    /** A file, or what keeps it from being read (a missing file's path is not kept: it is never read). */
    private static PageInput file(String source, Path path, String problem) {
        return found(source, problem == null ? new PageInput.File(path) : new PageInput.Unusable(problem));
    }

    private static PageInput unusable(String source, String problem) {
        return found(source, new PageInput.Unusable(problem));
    }

    private final List<Supplier<Iterator<PageInput>>> parts = new ArrayList<>();
    private boolean repeatable = true;
    private Pattern match;
    private long maxPageSize = PageReader.DEFAULT_MAX_PAGE_SIZE;
    private final SkippedRecords skippedRecords = new SkippedRecords();
    private final io.nutriscan.input.warc.ArchiveIndex archiveIndex = new io.nutriscan.input.warc.ArchiveIndex();

    /**
     * Only URLs that {@code pattern} finds a match in (URL inputs, sitemap URLs, WARC records' target URIs);
     * the others are left out, as if never listed. Files are not filtered.
     */
    public PageInputs match(Pattern pattern) {
        this.match = pattern;
        return this;
    }

    /** The page size limit, for pages taken out of WARC files as they are listed. */
    public PageInputs maxPageSize(long bytes) {
        this.maxPageSize = bytes;
        return this;
    }

    /** The page URLs of a sitemap or sitemap index (a URL, fetched with the session's fetcher, or a file). */
    public PageInputs sitemap(String sitemap, WebSession web) {
        repeatable = false; // read twice, a sitemap would be fetched twice
        parts.add(() -> {
            Iterator<PageInput> urls = map(new Sitemaps(sitemap, web::fetcher), e -> e.problem() != null
                    ? unusable(e.url(), e.problem())
                    : url(e.url()));
            return filter(urls);
        });
        return this;
    }

    /** A path argument: a folder is walked for pages, anything else is taken as a page file. */
    public PageInputs argument(String argument) {
        return argument(argument, null);
    }

    /** The same; {@code problemIfMissing}, when not null, is the record's error if nothing is at the path. */
    public PageInputs argument(String argument, String problemIfMissing) {
        if (WarcPages.isWarc(argument)) {
            repeatable = false; // read twice, an archive would be decompressed twice
        }
        parts.add(() -> entry(argument, Path::of, true, problemIfMissing));
        return this;
    }

    /** A path list read once (stdin): entries are sources as written, resolved against {@code base}. */
    public PageInputs list(InputStream in, boolean nulSeparated, String name, Path base) {
        repeatable = false;
        return list(() -> in, nulSeparated, name, base);
    }

    /**
     * A list file, opened now (so a file that cannot be read is an IOException before anything runs). A
     * regular file is opened again for each later pass over the inputs (to count them ahead of the run, or
     * run them again); anything else (a pipe: {@code --list <(find ...)}) is read once, like stdin.
     */
    public PageInputs listFile(Path file, boolean nulSeparated, Path base) throws IOException {
        AtomicReference<InputStream> unread = new AtomicReference<>(Files.newInputStream(file));
        repeatable &= Files.isRegularFile(file);
        return list(() -> {
            InputStream first = unread.getAndSet(null);
            if (first != null) {
                return first;
            }
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read list file " + file + ": " + Problems.describe(e), e);
            }
        }, nulSeparated, file.toString(), base);
    }

    private PageInputs list(Supplier<InputStream> opener, boolean nulSeparated, String name, Path base) {
        parts.add(() -> flatten(map(new PathList(opener.get(), nulSeparated, name), entry -> entry(entry, base::resolve, false,
                null))));
        return this;
    }

    /**
     * The one reading of an entry, an argument's or a list's: a URL, an archive's pages, a folder's pages (an
     * argument's; a list names files), or a page file. {@code resolve}: the entry as a path, relative to where it was
     * given; {@code problemIfMissing}, when not null, is the record's error if nothing is at the path.
     */
    private Iterator<PageInput> entry(String entry, Function<String, Path> resolve, boolean walkFolders, String problemIfMissing) {
        if (Urls.hasScheme(entry)) {
            return filter(List.of(url(entry)).iterator());
        }
        Path path;
        try {
            path = resolve.apply(entry);
        } catch (InvalidPathException e) {
            return List.of(unusable(entry, "not a valid path: " + e.getReason())).iterator();
        }
        if (WarcPages.isWarc(entry) && Files.isRegularFile(path)) {
            return warc(path, entry);
        }
        if (!walkFolders || !Files.isDirectory(path)) {
            String problem = problemIfMissing != null && !Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? problemIfMissing : null;
            return List.of(file(entry, path, problem)).iterator();
        }
        DirectoryWalker walker = new DirectoryWalker(path);
        if (!walker.hasNext()) {
            // A folder given by name that holds no page is accounted for, not silently skipped.
            return List.of(unusable(entry, "no pages in this folder (*.html, *.htm, *.html.gz, HTML files without an extension)"))
                    .iterator();
        }
        return map(walker, e -> file(e.path().toString(), e.path(), e.problem()));
    }

    private static PageInput url(String entry) {
        if (Urls.isOtherUrl(entry)) {
            return unusable(entry, "not a page nutriscan can fetch: only http:// and https:// URLs are");
        }
        try {
            URI uri = new URI(entry.strip());
            String problem = Urls.problem(uri);
            return problem == null ? found(entry, new PageInput.Url(uri)) : unusable(entry, problem);
        } catch (URISyntaxException e) {
            return unusable(entry, "not a valid URL: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    private Iterator<PageInput> warc(Path path, String name) {
        Pattern pattern = match;
        return map(new WarcPages(path, name, maxPageSize, target -> pattern == null || pattern.matcher(target).find(), skippedRecords, archiveIndex),
                e -> e.problem() != null ? unusable(e.source(), e.problem()) : found(e.source(), e.payload()));
    }

    /** URLs that --match does not accept are left out; problems are always kept. */
    private Iterator<PageInput> filter(Iterator<PageInput> found) {
        Pattern pattern = match;
        if (pattern == null) {
            return found;
        }
        return new Iterator<>() {
            private PageInput next;

            @Override
            public boolean hasNext() {
                while (next == null && found.hasNext()) {
                    PageInput f = found.next();
                    if (!(f.origin() instanceof PageInput.Url) || pattern.matcher(f.source()).find()) {
                        next = f;
                    }
                }
                return next != null;
            }

            @Override
            public PageInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PageInput f = next;
                next = null;
                return f;
            }
        };
    }

    private static <T> Iterator<T> flatten(Iterator<Iterator<T>> outer) {
        return new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && outer.hasNext()) {
                    current = outer.next();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The archives' records read so far that were not pages, by why. */
    public SkippedRecords skippedRecords() {
        return skippedRecords;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Whether a second pass gives the inputs again (no part is stdin), so they can be counted ahead of the run. */
    public boolean repeatable() {
        return repeatable;
    }

    @Override
    public Iterator<PageInput> iterator() {
        Iterator<PageInput> found = flatten(map(parts.iterator(), Supplier::get));
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return found.hasNext();
            }

            @Override
            public PageInput next() {
                return found.next().at(index++);
            }
        };
    }

    private static <A, B> Iterator<B> map(Iterator<A> from, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return from.hasNext();
            }

            @Override
            public B next() {
                return f.apply(from.next());
            }
        };
    }
}
