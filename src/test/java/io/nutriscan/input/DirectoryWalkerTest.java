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
        Path other = Files.createTempDirectory("nutriscan-other");
        Files.writeString(other.resolve("p.html"), "x");
        Files.createSymbolicLink(dir.resolve("link"), other);
        assertEquals(List.of(dir.resolve("link/p.html")), walk(dir).stream().map(DirectoryWalker.Entry::path).toList());
    }
}
