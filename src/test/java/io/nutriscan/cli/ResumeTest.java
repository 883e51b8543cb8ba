package io.nutriscan.cli;

import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON Lines output and --resume: a run finished later equals one uninterrupted run, byte for byte. */
class ResumeTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static byte[] uninterrupted;

    @BeforeAll
    static void reference() throws IOException {
        corpus = Corpus.generate(tmp.resolve("corpus"), 80, "resume", 3, 0.1, true);
        Path out = tmp.resolve("reference.jsonl");
        CliRun run = CliRun.of(args(out));
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.toString());
        uninterrupted = Files.readAllBytes(out);
    }

    private static String[] args(Path out, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of("--list", corpus.resolve("files.txt").toString(), "--base",
                corpus.toString(), "--format", "jsonl", "-o", out.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void jsonLinesHoldTheSameRecordsAsTheJsonArray() {
        CliRun array = CliRun.of("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString());
        List<String> lines = new String(uninterrupted, StandardCharsets.UTF_8).lines().toList();
        assertEquals(80, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(Json.parse(array.out()).get(i), Json.parse(lines.get(i)));
        }
    }

    @Test
    void aRunCutShortWithATornLastLineIsFinishedByResume() throws IOException {
        String text = new String(uninterrupted, StandardCharsets.UTF_8);
        int cut = 0;
        for (int line = 0; line < 30; line++) {
            cut = text.indexOf('\n', cut) + 1;
        }
        byte[] partial = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] torn = Arrays.copyOf(uninterrupted, partial.length + 40); // 30 whole lines and a piece of the 31st
        Path out = Files.write(tmp.resolve("cut.jsonl"), torn);
        CliRun run = CliRun.of(args(out, "--resume"));
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.toString());
        assertEquals(new String(uninterrupted, StandardCharsets.UTF_8), Files.readString(out));
        assertTrue(run.err().contains("nutriscan: 80 pages (30 already in " + out + ")"), run.err());
        // Failed pages among the 30 resumed ones are counted, not printed again.
        long printed = run.err().lines().filter(l -> !l.startsWith("nutriscan:")).count();
        long failedAfter30 = text.substring(cut).lines().filter(l -> l.contains("\"values\":null")).count();
        assertEquals(failedAfter30, printed);
    }

    @Test
    void resumingAFinishedRunChangesNothing() throws IOException {
        Path out = Files.write(tmp.resolve("done.jsonl"), uninterrupted);
        CliRun run = CliRun.of(args(out, "--resume"));
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.toString());
        assertEquals(new String(uninterrupted, StandardCharsets.UTF_8), Files.readString(out));
        Path fresh = tmp.resolve("fresh.jsonl");
        assertEquals(ExitCodes.PAGES_FAILED, CliRun.of(args(fresh, "--resume")).exit());
        assertEquals(new String(uninterrupted, StandardCharsets.UTF_8), Files.readString(fresh), "no file yet: a whole run");
    }

    @Test
    void aRunWithProfilesResumesOneWithProfilesAndRefusesOneWithout() throws IOException {
        Path whole = tmp.resolve("profiles.jsonl");
        assertEquals(ExitCodes.PAGES_FAILED, CliRun.of(args(whole, "--nutrients")).exit());
        List<String> lines = Files.readAllLines(whole);
        Path half = tmp.resolve("profiles-half.jsonl");
        Files.write(half, lines.subList(0, 30));
        assertEquals(ExitCodes.PAGES_FAILED, CliRun.of(args(half, "--nutrients", "--resume")).exit());
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(half));
        Files.write(half, lines.subList(0, 30));
        CliRun without = CliRun.of(args(half, "--resume"));
        assertEquals(ExitCodes.USAGE, without.exit(), without.toString());
        assertEquals("nutriscan: cannot resume: " + half + " holds nutrient profiles and this run reads none; resume it as it "
                + "was started\n", without.err());
        assertEquals(30, Files.readAllLines(half).size(), "left as it was");
    }

    @Test
    void aFileFromAnotherListIsRefusedAndLeftAlone() throws IOException {
        String other = "{\"source\":\"somewhere/else.html\",\"values\":null,\"error\":\"empty file\"}\n";
        Path out = Files.writeString(tmp.resolve("other.jsonl"), other);
        CliRun run = CliRun.of(args(out, "--resume"));
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().startsWith("nutriscan: cannot resume: record 1 of " + out + " is for 'somewhere/else.html'"),
                run.err());
        assertEquals(other, Files.readString(out));
        Path notJson = Files.writeString(tmp.resolve("not.jsonl"), "[\n{\"source\":\"a\"}\n");
        CliRun bad = CliRun.of(args(notJson, "--resume"));
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertTrue(bad.err().startsWith("nutriscan: cannot resume from " + notJson + ": line 1 "), bad.err());
    }

    @Test
    void resumeNeedsJsonLinesToAFile() {
        for (String[] a : List.of(new String[] {"--resume", "x.html"}, new String[] {"--resume", "-o", "x.json", "x.html"},
                new String[] {"--resume", "--format", "jsonl", "x.html"},
                new String[] {"--resume", "--format", "jsonl", "--shape", "seed", "-o", "x.jsonl", "x.html"})) {
            CliRun run = CliRun.of(a);
            assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        }
    }
}
