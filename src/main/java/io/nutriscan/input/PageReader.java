package io.nutriscan.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads one page file whole, refusing what is not a page file before reading it: a folder, a FIFO
 * or device (which could block or never end), a file over the size limit (never read into memory).
 */
public final class PageReader {

    private final long maxPageSize;

    public PageReader(long maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    /** The page bytes; throws {@link UnreadablePage} with the reason when the file cannot be used. */
    public byte[] read(Path path) throws UnreadablePage {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            throw new UnreadablePage(Problems.describe(e));
        }
        if (attributes.isDirectory()) {
            throw new UnreadablePage("is a folder, not a page file");
        }
        if (!attributes.isRegularFile()) {
            throw new UnreadablePage("not a regular file (a FIFO, socket or device)");
        }
        if (attributes.size() > maxPageSize) {
            throw new UnreadablePage(tooLarge(attributes.size()));
        }
        try (InputStream in = Files.newInputStream(path)) {
            // The size can change between the look and the read: never take more than the limit.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageSize + 1));
            if (bytes.length > maxPageSize) {
                throw new UnreadablePage(tooLarge(bytes.length));
            }
            return bytes;
        } catch (IOException | SecurityException e) {
            throw new UnreadablePage(Problems.describe(e));
        }
    }

    private String tooLarge(long size) {
        return "too large: " + size + " bytes, over the --max-page-size limit of " + maxPageSize + " bytes";
    }

    /** A page file that could not be read; the message is the reason. */
    public static final class UnreadablePage extends Exception {
        public UnreadablePage(String reason) {
            super(reason, null, false, false);
        }
    }
}
