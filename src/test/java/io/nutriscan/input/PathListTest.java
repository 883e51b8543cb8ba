package io.nutriscan.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PathListTest {

    private static List<String> read(String text, boolean nul) {
        List<String> out = new ArrayList<>();
        new PathList(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), nul, "test").forEachRemaining(out::add);
        return out;
    }

    @Test
    void linesWithCrlfBlankLinesAndNoFinalNewline() {
        assertEquals(List.of("a.html", "b c.html", "папка/в.html", "@at.html", "-dash.html"),
                read("a.html\r\n\r\nb c.html\n\n   \nпапка/в.html\n@at.html\r\n-dash.html", false));
    }

    @Test
    void aByteOrderMarkBeforeTheFirstEntryIsNotPartOfIt() {
        assertEquals(List.of("a.html", "b.html"), read("\uFEFFa.html\r\nb.html\r\n", false));
    }

    @Test
    void emptyListHasNoEntries() {
        assertEquals(List.of(), read("", false));
        assertEquals(List.of(), read("\n\r\n", false));
    }

    @Test
    void nulSeparatedEntriesMayHoldNewlines() {
        assertEquals(List.of("a.html", "line\nbreak.html", "last.html"), read("a.html\0line\nbreak.html\0\0last.html", true));
        assertEquals(List.of("a.html"), read("a.html\0", true));
    }
}
