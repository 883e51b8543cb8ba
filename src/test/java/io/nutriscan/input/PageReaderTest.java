package io.nutriscan.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageReaderTest {

    @TempDir
    Path dir;

    private final PageReader reader = new PageReader(1000);

    private String reason(Path path) {
        return assertThrows(PageReader.UnreadablePage.class, () -> reader.read(path)).getMessage();
    }

    @Test
    void readsAPageWhole() throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<p>жиры</p>");
        assertArrayEquals(Files.readAllBytes(page), reader.read(page));
    }

    @Test
    void refusesWhatIsNotAReadablePageFile() throws IOException, InterruptedException {
        assertEquals("no such file", reason(dir.resolve("missing.html")));
        assertEquals("is a folder, not a page file", reason(dir));
        Path fifo = dir.resolve("fifo.html");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertEquals("not a regular file (a FIFO, socket or device)", reason(fifo));
        assertEquals("not a regular file (a FIFO, socket or device)", reason(Path.of("/dev/null")));
    }

    /**
     * What the file system's refusal is called. The refusal itself, which root never meets, is shown as
     * another user in {@code ProcessIT.aPageTheUserCannotReadIsPermissionDenied}.
     */
    @Test
    void aRefusedReadIsPermissionDenied() {
        assertEquals("permission denied", Problems.describe(new java.nio.file.AccessDeniedException("/srv/locked.html")));
        assertEquals("permission denied", Problems.describe(new SecurityException("no")));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void gzippedPagesAreReadDecompressedWhateverTheirName() throws Exception {
        byte[] page = "<p>жиры – 1 г</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertArrayEquals(page, reader.read(Files.write(dir.resolve("p.html.gz"), gzip(page))));
        assertArrayEquals(page, reader.read(Files.write(dir.resolve("mislabelled.html"), gzip(page))));
    }

    @Test
    void aGzipBombOrABrokenGzipIsAnError() throws IOException {
        Path bomb = Files.write(dir.resolve("bomb.html.gz"), gzip(new byte[50_000]));
        assertEquals("gzip: decompresses to more than the --max-page-size limit of 1000 bytes", reason(bomb));
        byte[] whole = gzip("x".repeat(500).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path cut = Files.write(dir.resolve("cut.html.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals("gzip: the file is cut short", reason(cut));
        byte[] corrupt = whole.clone();
        corrupt[12] ^= 0x55;
        corrupt[13] ^= 0x55;
        assertTrue(reason(Files.write(dir.resolve("corrupt.html.gz"), corrupt)).startsWith("gzip: "));
    }

    @Test
    void refusesPagesOverTheLimitWithoutReadingThem() throws IOException {
        Path big = Files.write(dir.resolve("big.html"), new byte[1001]);
        assertEquals("too large: 1001 bytes, over the --max-page-size limit of 1000 bytes", reason(big));
    }

    @Test
    void readsOnlyTheHeadOfALongPage() throws Exception {
        byte[] bytes = "<p>жиры</p>".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path page = Files.write(dir.resolve("p.html"), bytes);
        PageReader.Head head = reader.readHead(page, new byte[100]);
        assertArrayEquals(java.util.Arrays.copyOf(bytes, 100), head.bytes());
        assertEquals(false, head.whole());
        PageReader.Head all = reader.readHead(page, new byte[bytes.length]);
        assertArrayEquals(bytes, all.bytes());
        assertTrue(all.whole(), "a page exactly as long as the head is whole");
        assertTrue(reader.readHead(page, new byte[999]).whole());
    }

    @Test
    void aHeadBufferUsedAgainHoldsOnlyThisPagesBytes() throws Exception {
        byte[] buffer = new byte[100];
        java.util.Arrays.fill(buffer, (byte) 'x');
        byte[] small = "<p>жиры</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        PageReader.Head head = reader.readHead(Files.write(dir.resolve("small.html"), small), buffer);
        assertArrayEquals(small, head.bytes(), "a copy of what was read, not the buffer's stale bytes");
        assertTrue(head.whole());
        byte[] large = "<p>жиры</p>".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        PageReader.Head full = reader.readHead(Files.write(dir.resolve("large.html"), large), buffer);
        assertSame(buffer, full.bytes(), "a page that fills the buffer is read into it");
        assertArrayEquals(java.util.Arrays.copyOf(large, 100), full.bytes());
        assertEquals(false, full.whole());
    }

    @Test
    void readsTheHeadOfAGzippedPageDecompressed() throws Exception {
        byte[] bytes = "<p>жиры</p>".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path page = Files.write(dir.resolve("p.html.gz"), gzip(bytes));
        PageReader.Head head = reader.readHead(page, new byte[100]);
        assertArrayEquals(java.util.Arrays.copyOf(bytes, 100), head.bytes());
        assertEquals(false, head.whole());
        assertTrue(reader.readHead(page, new byte[999]).whole());
        Path bomb = Files.write(dir.resolve("bomb.html.gz"), gzip(new byte[5000]));
        assertEquals("gzip: decompresses to more than the --max-page-size limit of 1000 bytes",
                assertThrows(PageReader.UnreadablePage.class, () -> reader.readHead(bomb, new byte[4096])).getMessage());
    }

    @Test
    void theHeadIsRefusedAsTheWholeIs() {
        assertEquals("no such file", assertThrows(PageReader.UnreadablePage.class,
                () -> reader.readHead(dir.resolve("missing.html"), new byte[100])).getMessage());
        assertEquals("is a folder, not a page file", assertThrows(PageReader.UnreadablePage.class,
                () -> reader.readHead(dir, new byte[100])).getMessage());
    }
}
