package io.nutriscan.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void anUnreadableFileIsPermissionDenied() throws IOException {
        // root reads any file whatever its mode: this can only be seen as another user.
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
        Path locked = Files.writeString(dir.resolve("locked.html"), "x");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        assertEquals("permission denied", reason(locked));
    }

    @Test
    void refusesPagesOverTheLimitWithoutReadingThem() throws IOException {
        Path big = Files.write(dir.resolve("big.html"), new byte[1001]);
        assertEquals("too large: 1001 bytes, over the --max-page-size limit of 1000 bytes", reason(big));
    }
}
