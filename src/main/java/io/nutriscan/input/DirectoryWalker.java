package io.nutriscan.input;

import io.nutriscan.input.sniff.HtmlSniff;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Walks a folder depth-first for pages ({@code *.html}, {@code *.htm}, any case, also gzipped as
 * {@code *.html.gz}, and files without an extension whose first bytes are HTML: see {@link HtmlSniff}), each folder's
 * entries in sorted name order, so the same tree always gives the same list. Symlinked folders are
 * followed; one that leads back to a folder being walked is reported instead of looping. A folder that
 * cannot be listed is reported as an entry with a problem, and the walk goes on.
 */
public final class DirectoryWalker implements Iterator<DirectoryWalker.Entry> {

    /** A page found, or a place the walk could not enter ({@code problem} set). */
    public record Entry(Path path, String problem) {
    }

    private record Frame(Iterator<Path> children, Object key, Frame parent) {
        boolean leadsBackTo(Object other) {
            for (Frame f = this; f != null; f = f.parent) {
                if (f.key != null && f.key.equals(other)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Deque<Frame> stack = new ArrayDeque<>();
    private Entry next;

    public DirectoryWalker(Path root) {
        Frame top = open(root, null);
        if (top != null) {
            stack.push(top);
        }
    }

    /** A page by its name, or, for a file without an extension (as scrapers save pages), by its first bytes. */
    public static boolean isPage(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
            return true;
        }
        return !name.isEmpty() && name.indexOf('.') < 0 && HtmlSniff.startsLikeHtml(file);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Frame frame = stack.peek();
            if (!frame.children.hasNext()) {
                stack.pop();
                continue;
            }
            Path child = frame.children.next();
            if (Files.isDirectory(child)) {
                Object key = fileKey(child);
                if (frame.leadsBackTo(key)) {
                    next = new Entry(child, "symlink loop: this folder leads back to a folder that contains it");
                } else {
                    Frame inner = open(child, frame);
                    if (inner != null) {
                        stack.push(inner);
                    }
                }
            } else if (isPage(child)) {
                next = new Entry(child, null);
            }
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry entry = next;
        next = null;
        return entry;
    }

    /** Lists a folder's entries sorted by name; a folder that cannot be listed becomes a pending problem entry. */
    private Frame open(Path dir, Frame parent) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(children::add);
        } catch (IOException | SecurityException e) {
            next = new Entry(dir, "cannot list folder: " + Problems.describe(e));
            return null;
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return new Frame(children.iterator(), fileKey(dir), parent);
    }

    private static Object fileKey(Path dir) {
        try {
            Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
            return key != null ? key : dir.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
