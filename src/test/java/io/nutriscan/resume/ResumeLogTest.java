package io.nutriscan.resume;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an interrupted JSON Lines run left, read back for --resume: repaired, checked, its sources in order. */
class ResumeLogTest {

    private static final String A = "{\"source\":\"a.html\",\"product\":\"Абрикос\",\"values\":{\"Жиры\":0.39},\"units\":{\"Жиры\":\"г\"}}\n";
    private static final String B = "{\"source\":\"b.html\",\"values\":null,\"error\":\"no div#him_bx\"}\n";
    private static final String C = "{\"source\":\"c.html\",\"product\":\"Вода\",\"values\":{\"Вода\":100},\"units\":{\"Вода\":\"г\"}}\n";

    @TempDir
    Path dir;

    private static List<String> sources(ResumeLog log) {
        List<String> all = new ArrayList<>();
        log.sources().forEachRemaining(all::add);
        return all;
    }

    @Test
    void aFileThatIsNotThereIsAnEmptyLog() throws Exception {
        ResumeLog log = ResumeLog.open(dir.resolve("none.jsonl"));
        assertEquals(0, log.held().records());
        assertNull(log.nutrients());
        assertEquals(List.of(), sources(log));
    }

    @Test
    void aTornLastLineIsCutOffAndTheRestCounted() throws Exception {
        Path file = Files.writeString(dir.resolve("torn.jsonl"), A + B + C + "{\"source\":\"d.ht");
        ResumeLog log = ResumeLog.open(file);
        assertEquals(3, log.held().records());
        assertEquals(1, log.held().failed());
        assertEquals(Boolean.FALSE, log.nutrients());
        assertEquals(A + B + C, Files.readString(file), "the torn line is gone, the rest kept byte for byte");
        assertEquals(List.of("a.html", "b.html", "c.html"), sources(log));
    }

    @Test
    void aLineThatIsNotARecordRefusesTheResume() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), A + "not json\n" + C);
        ResumeLog.NotResumable e = assertThrows(ResumeLog.NotResumable.class, () -> ResumeLog.open(file));
        assertTrue(e.getMessage().startsWith("cannot resume from " + file + ": line 2 is not valid JSON"), e.getMessage());
        assertEquals(A + "not json\n" + C, Files.readString(file), "a refused file is left as it was");
        Path two = Files.writeString(dir.resolve("two.jsonl"), A.strip() + " " + B);
        assertThrows(ResumeLog.NotResumable.class, () -> ResumeLog.open(two));
    }

    @Test
    void recordsWithAndWithoutTheProfileDoNotMix() throws IOException {
        String withProfile = "{\"source\":\"p.html\",\"product\":\"X\",\"values\":{\"Жиры\":1},\"units\":{\"Жиры\":\"г\"},"
                + "\"nutrients\":{\"fat\":1},\"nutrient_units\":{\"fat\":\"г\"}}\n";
        Path file = Files.writeString(dir.resolve("mixed.jsonl"), A + withProfile);
        ResumeLog.NotResumable e = assertThrows(ResumeLog.NotResumable.class, () -> ResumeLog.open(file));
        assertEquals("cannot resume from " + file + ": line 2 has nutrient profile, and an earlier line has none", e.getMessage());
    }
}
