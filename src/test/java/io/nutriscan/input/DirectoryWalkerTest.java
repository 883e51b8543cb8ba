package io.nutriscan.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryWalkerTest {

    @TempDir
    Path dir;

    private static List<DirectoryWalker.Entry> walk(Path root) {
        List<DirectoryWalker.Entry> out = new ArrayList<>();
        new DirectoryWalker(root).forEachRemaining(out::add);
        return out;
    }

    private void touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    @Test
    void walksDepthFirstInSortedOrderKeepingOnlyPages() throws IOException {
        for (String f : List.of("b.html", "a.htm", "C.HTML", "notes.txt", "sub/z.html", "sub/deeper/y.html", "a-dir/k.html",
                "img.png", "g.html.gz", "x.gz")) {
            touch(f);
        }
        List<String> found = walk(dir).stream().map(e -> dir.relativize(e.path()).toString()).toList();
        assertEquals(List.of("C.HTML", "a-dir/k.html", "a.htm", "b.html", "g.html.gz", "sub/deeper/y.html", "sub/z.html"), found);
    }

    @Test
    void takesFilesWithoutAnExtensionThatBeginAsHtml() throws IOException {
        Files.writeString(dir.resolve("114512"), "\r\n<!DOCTYPE html>\r\n<html lang=\"ru\">");
        Files.write(dir.resolve("114513"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', '<', 'H', 'T', 'M', 'L', '>'});
        Files.writeString(dir.resolve("114514"), "<head><title>x</title>");
        Files.writeString(dir.resolve("114515"), "  <!-- saved page -->");
        Files.writeString(dir.resolve("README"), "Pages saved by the scraper.");
        Files.write(dir.resolve("image"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        Files.writeString(dir.resolve("data"), "{\"html\": \"<html>\"}");
        Files.writeString(dir.resolve("empty"), "");
        Files.writeString(dir.resolve("style.css"), "<html>");
        Files.writeString(dir.resolve("page.json"), "<!doctype html>");
        Files.writeString(dir.resolve("doc"), "<!doctype xml>");
        List<String> found = walk(dir).stream().map(e -> dir.relativize(e.path()).toString()).toList();
        assertEquals(List.of("114512", "114513", "114514", "114515"), found);
    }

    @Test
    void aSymlinkLoopIsReportedOnceAndTheWalkGoesOn() throws IOException {
        touch("a/page.html");
        Files.createSymbolicLink(dir.resolve("a/back"), dir);
        touch("b/page.html");
        List<DirectoryWalker.Entry> entries = walk(dir);
        assertEquals(3, entries.size(), entries.toString());
        assertEquals(dir.resolve("a/back"), entries.get(0).path());
        assertTrue(entries.get(0).problem().startsWith("symlink loop"));
        assertNull(entries.get(1).problem());
        assertEquals(dir.resolve("b/page.html"), entries.get(2).path());
    }

    @Test
    void aSymlinkToAnotherFolderIsFollowed() throws IOException, InterruptedException {
        // Both folders inside the test's own temporary folder, so nothing is left behind in /tmp.
        Path other = Files.createDirectories(dir.resolve("other"));
        Path walked = Files.createDirectories(dir.resolve("walked"));
        Files.writeString(other.resolve("p.html"), "x");
        Files.createSymbolicLink(walked.resolve("link"), other);
        assertEquals(List.of(walked.resolve("link/p.html")), walk(walked).stream().map(DirectoryWalker.Entry::path).toList());
    }
}
