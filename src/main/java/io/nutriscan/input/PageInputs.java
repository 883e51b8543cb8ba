package io.nutriscan.input;

import io.nutriscan.model.PageInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/**
 * The ordered, lazy list of pages to process, numbered from 0 in input order: path arguments (files
 * as given, folders walked), then path lists (files, or stdin), one part after another. Nothing is
 * held but the current position, so a list of millions of paths costs no memory.
 */
public final class PageInputs implements Iterable<PageInput> {

    /** One page-to-be before it is numbered. */
    private record Found(String source, Path path, String problem) {
    }

    private final List<Supplier<Iterator<Found>>> parts = new ArrayList<>();
    private boolean repeatable = true;

    /** A path argument: a folder is walked for pages, anything else is taken as a page file. */
    public PageInputs argument(String argument) {
        return argument(argument, null);
    }

    /** The same; {@code problemIfMissing}, when not null, is the record's error if nothing is at the path. */
    public PageInputs argument(String argument, String problemIfMissing) {
        parts.add(() -> {
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                return List.of(new Found(argument, null, "not a valid path: " + e.getReason())).iterator();
            }
            if (!Files.isDirectory(path)) {
                String problem = problemIfMissing != null && !Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? problemIfMissing : null;
                return List.of(new Found(argument, path, problem)).iterator();
            }
            DirectoryWalker walker = new DirectoryWalker(path);
            if (!walker.hasNext()) {
                // A folder given by name that holds no page is accounted for, not silently skipped.
                return List.of(new Found(argument, path, "no pages in this folder (*.html, *.htm, *.html.gz, HTML files without an extension)")).iterator();
            }
            return map(walker, e -> new Found(e.path().toString(), e.path(), e.problem()));
        });
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
        parts.add(() -> map(new PathList(opener.get(), nulSeparated, name), entry -> {
            try {
                return new Found(entry, base.resolve(entry), null);
            } catch (InvalidPathException e) {
                return new Found(entry, null, "not a valid path: " + e.getReason());
            }
        }));
        return this;
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
        Iterator<Supplier<Iterator<Found>>> remaining = parts.iterator();
        return new Iterator<>() {
            private Iterator<Found> current = Collections.emptyIterator();
            private long index;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && remaining.hasNext()) {
                    current = remaining.next().get();
                }
                return current.hasNext();
            }

            @Override
            public PageInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Found found = current.next();
                long i = index++;
                return found.problem() == null
                        ? PageInput.of(i, found.source(), found.path())
                        : PageInput.unusable(i, found.source(), found.problem());
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
