package io.nutriscan.shard;

import io.nutriscan.model.PageInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The input list spooled once for a shard: every kind of input comes back as it went in, any slice of it. */
class SpooledInputsTest {

    @TempDir
    Path folder;

    private static final List<PageInput> INPUTS = List.of(
            PageInput.of(0, "pages/абрикос.html", Path.of("pages/абрикос.html")),
            PageInput.unusable(1, "missing.html", "no such file"),
            new PageInput(2, "https://fitaudit.ru/food/114512", new PageInput.Url(URI.create("https://fitaudit.ru/food/114512"))),
            new PageInput(3, "https://example.test/a",
                    new PageInput.Archived("<html>é</html>".getBytes(StandardCharsets.ISO_8859_1), "windows-1252")),
            new PageInput(4, "https://example.test/b", new PageInput.Archived(new byte[0], null)));

    private static void assertSameInput(PageInput expected, PageInput actual) {
        assertEquals(expected.index(), actual.index());
        assertEquals(expected.source(), actual.source());
        if (expected.origin() instanceof PageInput.Archived archived) {
            // An array's record compares by identity: the bytes are compared for what they hold.
            PageInput.Archived back = assertInstanceOf(PageInput.Archived.class, actual.origin(), expected.source());
            assertArrayEquals(archived.bytes(), back.bytes());
            assertEquals(archived.charset(), back.charset());
        } else {
            assertEquals(expected.origin(), actual.origin());
        }
    }

    @Test
    void everyKindOfInputComesBackAsItWentInAndAnySliceWithItsIndexes() throws Exception {
        try (SpooledInputs spooled = SpooledInputs.of(INPUTS, folder)) {
            assertEquals(5, spooled.size());
            List<PageInput> all = new ArrayList<>();
            spooled.range(0, 5).forEach(all::add);
            assertEquals(5, all.size());
            for (int i = 0; i < 5; i++) {
                assertSameInput(INPUTS.get(i), all.get(i));
            }
            List<PageInput> middle = new ArrayList<>();
            spooled.range(2, 2).forEach(middle::add);
            assertEquals(2, middle.size());
            assertSameInput(INPUTS.get(2), middle.get(0));
            assertSameInput(INPUTS.get(3), middle.get(1));
            List<PageInput> none = new ArrayList<>();
            spooled.range(5, 0).forEach(none::add);
            assertTrue(none.isEmpty());
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "closing removes the spool");
        }
    }

    @Test
    void theDigestIsTheSourcesEachEndedByANul() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (PageInput input : INPUTS) {
            sha.update(input.source().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        try (SpooledInputs spooled = SpooledInputs.of(INPUTS, folder)) {
            assertEquals("sha256:" + HexFormat.of().formatHex(sha.digest()), spooled.digest());
        }
    }
}
