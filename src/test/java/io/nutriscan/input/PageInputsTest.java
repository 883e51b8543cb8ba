package io.nutriscan.input;

import io.nutriscan.model.PageInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageInputsTest {

    @TempDir
    Path tmp;

    private static List<String> sources(PageInputs inputs) {
        List<String> sources = new ArrayList<>();
        for (PageInput input : inputs) {
            sources.add(input.index() + " " + input.source());
        }
        return sources;
    }

    @Test
    void aRegularListFileGivesTheSameInputsOnEveryPass() throws Exception {
        Path list = Files.writeString(tmp.resolve("files.txt"), "a.html\nb.html\n");
        PageInputs inputs = new PageInputs().argument("first.html").listFile(list, false, tmp);
        assertTrue(inputs.repeatable());
        assertEquals(List.of("0 first.html", "1 a.html", "2 b.html"), sources(inputs));
        assertEquals(sources(inputs), sources(inputs));
    }

    @Test
    void aPipeOrStdinIsReadOnceAndSaysSo() throws Exception {
        Path fifo = tmp.resolve("list.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                Files.writeString(fifo, "a.html\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        PageInputs fromPipe = new PageInputs().listFile(fifo, false, tmp);
        assertFalse(fromPipe.repeatable(), "a second open of a pipe would wait for a writer forever");
        assertEquals(List.of("0 a.html"), sources(fromPipe));
        writer.join();
        PageInputs fromStdin = new PageInputs().list(new ByteArrayInputStream("a.html\n".getBytes(StandardCharsets.UTF_8)),
                false, "stdin", tmp);
        assertFalse(fromStdin.repeatable());
    }

    @Test
    void aListFileThatCannotBeOpenedFailsAtOnce() {
        assertThrows(NoSuchFileException.class, () -> new PageInputs().listFile(tmp.resolve("missing.txt"), false, tmp));
    }

    @Test
    void urlsInArgumentsAndListsAreFetchedAndMatchFiltersOnlyThem() throws Exception {
        Path list = Files.writeString(tmp.resolve("urls.txt"), "https://fitaudit.ru/food/1\nlocal.html\nhttps://fitaudit.ru/nutrients/2\nhttp://bad url\n");
        PageInputs inputs = new PageInputs().match(java.util.regex.Pattern.compile("/food/"))
                .argument("http://fitaudit.ru/food/3").argument("https://fitaudit.ru/about").listFile(list, false, tmp);
        List<PageInput> all = new ArrayList<>();
        inputs.forEach(all::add);
        assertEquals(List.of("0 http://fitaudit.ru/food/3", "1 https://fitaudit.ru/food/1", "2 local.html", "3 http://bad url"),
                sources(inputs), "URLs that do not match are left out; files and problems are kept");
        assertTrue(all.get(0).remote());
        assertEquals(new PageInput.Url(java.net.URI.create("http://fitaudit.ru/food/3")), all.get(0).origin());
        assertEquals(new PageInput.File(tmp.resolve("local.html")), all.get(2).origin());
        assertTrue(((PageInput.Unusable) all.get(3).origin()).problem().startsWith("not a valid URL"), all.get(3).toString());
        assertFalse(all.get(3).remote());
    }
}
