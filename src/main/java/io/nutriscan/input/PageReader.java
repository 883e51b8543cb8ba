package io.nutriscan.input;

import io.nutriscan.helper.Buffers;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads one page file, whole or its first bytes only, refusing what is not a page file before reading it: a folder, a FIFO
 * or device (which could block or never end), a file over the size limit (never read into memory).
 * Gzip-compressed pages are decompressed, within the same limit.
 */
public final class PageReader {

    /** --max-page-size unless given: far past any real page, small enough to hold a few in memory. */
    public static final long DEFAULT_MAX_PAGE_SIZE = 64L << 20;

    private final long maxPageSize;

    public PageReader(long maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    /** The first bytes of a page, or all of them ({@code whole}) when the page is no longer than asked for. */
    public record Head(byte[] bytes, boolean whole) {
    }

    /**
     * The first bytes of the page, as many as {@code buffer} holds (decompressed, for a gzipped page), or the whole
     * page when it is no longer; refused as {@link #read} refuses. Most pages are settled by their first bytes. The
     * head's bytes are {@code buffer} itself when the page fills it, else a copy, so the caller may use
     * {@code buffer} again once done with the head.
     */
    public Head readHead(Path path, byte[] buffer) throws UnreadablePage {
        long size = refuseWhatIsNoPage(path);
        int prefix = buffer.length;
        // The channel read straight into the array: an InputStream's readNBytes took two to five times as long.
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer into = ByteBuffer.wrap(buffer);
            while (into.hasRemaining() && channel.read(into) >= 0) {
                // a read may return fewer bytes than asked for
            }
            byte[] first = into.hasRemaining() ? Arrays.copyOf(buffer, into.position()) : buffer;
            if (isGzip(first)) {
                return gunzipHead(first, Channels.newInputStream(channel), prefix);
            }
            if (first.length > maxPageSize) {
                throw new UnreadablePage(tooLarge(first.length));
            }
            if (first.length < prefix) {
                return new Head(first, true);
            }
            // Exactly the prefix: whole only if nothing follows, which a file longer than it when looked at needs
            // no read to rule out (it may have shrunk since: not whole only means the rest is read if needed).
            return new Head(first, size <= prefix && channel.read(ByteBuffer.allocate(1)) < 0);
        } catch (IOException | SecurityException e) {
            throw new UnreadablePage(Problems.describe(e));
        }
    }

    /** The page bytes; throws {@link UnreadablePage} with the reason when the file cannot be used. */
    public byte[] read(Path path) throws UnreadablePage {
        refuseWhatIsNoPage(path);
        try (InputStream in = Files.newInputStream(path)) {
            // The size can change between the look and the read: never take more than the limit.
            byte[] bytes = in.readNBytes(readLimit());
            if (bytes.length > maxPageSize) {
                throw new UnreadablePage(tooLarge(bytes.length));
            }
            return isGzip(bytes) ? gunzip(bytes) : bytes;
        } catch (IOException | SecurityException e) {
            throw new UnreadablePage(Problems.describe(e));
        }
    }

    /** Refuses, before anything is read, what is not a page file or is over the limit; else gives its size. */
    private long refuseWhatIsNoPage(Path path) throws UnreadablePage {
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
        return attributes.size();
    }

    /** The first {@code prefix} bytes of a gzipped page whose compressed bytes begin with {@code first}. */
    private Head gunzipHead(byte[] first, InputStream rest, int prefix) throws UnreadablePage {
        InputStream compressed = new SequenceInputStream(new ByteArrayInputStream(first), rest);
        try (InputStream in = new GZIPInputStream(compressed, Buffers.SIZE)) {
            byte[] page = in.readNBytes((int) Math.min(prefix, maxPageSize + 1));
            if (page.length > maxPageSize) {
                throw new UnreadablePage(gzipTooLarge());
            }
            // A full prefix may be all there is; read() finds that out if the prefix does not settle the page.
            return new Head(page, page.length < prefix);
        } catch (EOFException e) {
            throw new UnreadablePage("gzip: the file is cut short");
        } catch (IOException e) {
            throw new UnreadablePage("gzip: not a valid gzip file (" + e.getMessage() + ")");
        }
    }

    private int readLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 8, maxPageSize + 1);
    }

    /**
     * A page's bytes that came from elsewhere (a fetched body, a WARC record), as a file's are read: gzip
     * undone when they begin with its magic bytes (a {@code .html.gz} served as it is), within the size limit.
     */
    public byte[] unwrap(byte[] bytes) throws UnreadablePage {
        return isGzip(bytes) ? gunzip(bytes) : bytes;
    }

    /** A gzip stream, whatever the file is called ({@code .html.gz} as mirrors save pages, or a mislabelled {@code .html}). */
    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /** Decompresses, never past the size limit: a gzip bomb is an error, not an out-of-memory. */
    private byte[] gunzip(byte[] compressed) throws UnreadablePage {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), Buffers.SIZE)) {
            byte[] page = in.readNBytes(readLimit());
            if (page.length > maxPageSize) {
                throw new UnreadablePage(gzipTooLarge());
            }
            return page;
        } catch (EOFException e) {
            throw new UnreadablePage("gzip: the file is cut short");
        } catch (IOException e) {
            throw new UnreadablePage("gzip: not a valid gzip file (" + e.getMessage() + ")");
        }
    }

    private String gzipTooLarge() {
        return "gzip: decompresses to more than the --max-page-size limit of " + maxPageSize + " bytes";
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
