package io.nutriscan.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFileTargetTest {

    @TempDir
    Path dir;

    @Test
    void theDestinationChangesOnlyOnCommit() throws IOException {
        Path out = Files.writeString(dir.resolve("out.json"), "old");
        AtomicFileTarget target = new AtomicFileTarget(out);
        target.stream().write("new".getBytes(StandardCharsets.UTF_8));
        target.stream().flush();
        assertEquals("old", Files.readString(out));
        assertTrue(Files.exists(target.temporary()));
        assertTrue(target.temporary().getFileName().toString().startsWith("out.json.nutriscan-partial-"));
        target.commit();
        assertEquals("new", Files.readString(out));
        assertFalse(Files.exists(target.temporary()));
    }

    @Test
    void abortLeavesTheDestinationUntouchedAndRemovesTheTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("out.json"), "old");
        try (AtomicFileTarget target = new AtomicFileTarget(out)) {
            target.stream().write("half a docu".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("old", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void refusesAFolderOrAMissingFolder() {
        assertThrows(IOException.class, () -> new AtomicFileTarget(dir));
        assertThrows(IOException.class, () -> new AtomicFileTarget(dir.resolve("no/such/out.json")));
    }
}
