package io.nutriscan.cli;

import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --shard K/N runs and 'merge' against a single run of the same list. */
class ShardMergeTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private String list;

    @BeforeEach
    void corpus() {
        corpus = Corpus.generate(tmp.resolve("corpus"), 203, "shards", 3, 0.1, true);
        list = corpus.resolve("files.txt").toString();
    }

    /** Four shards: K given as --shard K/4 for two, from JOB_COMPLETION_INDEX for the others. */
    private Path fourShards(String name) {
        Path parts = tmp.resolve(name);
        for (int k = 0; k < 4; k++) {
            String[] args = {"--list", list, "--base", corpus.toString(), "--out-dir", parts.toString(), "--shard",
                k % 2 == 0 ? k + "/4" : "4"};
            CliRun run = k % 2 == 0 ? CliRun.of(args) : CliRun.withVariables(Map.of("JOB_COMPLETION_INDEX", "" + k), args);
            assertTrue(run.exit() == ExitCodes.OK || run.exit() == ExitCodes.PAGES_FAILED, run.toString());
            assertTrue(run.err().contains("shard " + k + "/4"), run.err());
        }
        return parts;
    }

    @Test
    void fourShardsMergedAreTheSingleRunInEveryFormat() throws IOException {
        Path parts = fourShards("parts");
        for (String format : new String[] {"json", "jsonl", "csv"}) {
            for (String shape : new String[] {"full", "seed"}) {
                CliRun single = CliRun.of("--list", list, "--base", corpus.toString(), "-f", format, "--shape", shape);
                Path merged = tmp.resolve("merged." + format + "." + shape);
                CliRun merge = CliRun.of("merge", parts.toString(), "-f", format, "--shape", shape, "-o", merged.toString());
                assertEquals(ExitCodes.PAGES_FAILED, merge.exit(), merge.toString());
                assertEquals(single.exit(), merge.exit());
                assertEquals(single.out(), Files.readString(merged), format + " " + shape);
                assertEquals(single.out(), CliRun.of("merge", parts.toString(), "-f", format, "--shape", shape).out());
            }
        }
        Corpus.assertMatchesGroundTruth(corpus, CliRun.of("merge", parts.toString()).out());
        assertTrue(CliRun.of("merge", parts.toString()).err().contains("4 parts, 203 pages"));
    }

    @Test
    void shardsWithProfilesMergeIntoTheSingleRunAndMixedPartsAreRefused() throws IOException {
        Path parts = tmp.resolve("profiles");
        for (int k = 0; k < 3; k++) {
            CliRun run = CliRun.of("--nutrients", "--list", list, "--base", corpus.toString(), "--out-dir", parts.toString(), "--shard", k + "/3");
            assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.toString());
        }
        for (String format : new String[] {"json", "csv"}) {
            CliRun single = CliRun.of("--nutrients", "--list", list, "--base", corpus.toString(), "-f", format);
            assertEquals(single.out(), CliRun.of("merge", parts.toString(), "-f", format).out(), format);
        }
        Corpus.assertMatchesGroundTruthWithProfiles(corpus, CliRun.of("merge", parts.toString()).out());
        CliRun plain = CliRun.of("--list", list, "--base", corpus.toString(), "--out-dir", parts.toString(), "--shard", "1/3");
        assertEquals(ExitCodes.PAGES_FAILED, plain.exit());
        CliRun mixed = CliRun.of("merge", parts.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, mixed.exit());
        assertEquals("nutriscan merge: refused: part-00000-of-00003.jsonl holds nutrient profiles and part-00001-of-00003.jsonl "
                + "does not: run every shard of one merge the same way (with --nutrients or without)\n", mixed.err());
    }

    @Test
    void theSameInputGivesTheSameBytesAndARerunTouchesOnlyItsOwnPart() throws IOException {
        Path parts = fourShards("parts");
        Path again = fourShards("again");
        try (Stream<Path> files = Files.list(parts)) {
            List<Path> all = files.sorted().toList();
            assertEquals(8, all.size(), "four parts and four summaries: " + all);
            for (Path file : all) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again.resolve(file.getFileName())), file.toString());
            }
        }
        Path other = parts.resolve("part-00000-of-00004.jsonl");
        long before = Files.getLastModifiedTime(other).toMillis();
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(before - 60_000));
        CliRun.of("--list", list, "--base", corpus.toString(), "--out-dir", parts.toString(), "--shard", "2/4");
        assertEquals(before - 60_000, Files.getLastModifiedTime(other).toMillis(), "part 0 untouched by a rerun of 2");
    }

    @Test
    void summaryTellsWhatThePartHolds() throws IOException {
        Path parts = fourShards("parts");
        String summary = Files.readString(parts.resolve("part-00001-of-00004.summary.json"));
        assertTrue(summary.contains("\"shard\" : 1"), summary);
        assertTrue(summary.contains("\"of\" : 4"), summary);
        assertTrue(summary.contains("\"first\" : 50"), summary);
        assertTrue(summary.contains("\"last\" : 100"), summary);
        assertTrue(summary.contains("\"pages\" : 51"), summary);
        assertTrue(summary.contains("\"inputs\" : 203"), summary);
        assertTrue(summary.matches("(?s).*\"input_digest\" : \"sha256:[0-9a-f]{64}\".*"), summary);
        String firstRecord = Files.readAllLines(parts.resolve("part-00001-of-00004.jsonl")).getFirst();
        assertTrue(firstRecord.startsWith("{\"index\":50,\"source\":"), firstRecord);
    }

    @Test
    void moreShardsThanPagesGiveEmptyPartsThatStillMerge() {
        Path parts = tmp.resolve("many");
        Path few = Corpus.generate(tmp.resolve("few"), 3, "few", 2, 0, false);
        for (int k = 0; k < 5; k++) {
            CliRun run = CliRun.of(few.toString(), "--out-dir", parts.toString(), "--shard", k + "/5");
            assertEquals(ExitCodes.OK, run.exit(), run.toString());
        }
        assertEquals(CliRun.of(few.toString()).out(), CliRun.of("merge", parts.toString()).out());
    }

    @Test
    void mergeRefusesAMissingPart() throws IOException {
        Path parts = fourShards("parts");
        Files.delete(parts.resolve("part-00002-of-00004.jsonl"));
        Files.delete(parts.resolve("part-00002-of-00004.summary.json"));
        Path out = tmp.resolve("out.json");
        CliRun merge = CliRun.of("merge", parts.toString(), "-o", out.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, merge.exit(), merge.toString());
        assertTrue(merge.err().contains("part-00002-of-00004.jsonl"), merge.err());
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    void mergeRefusesAPartWithoutItsSummary() throws IOException {
        Path parts = fourShards("parts");
        Files.delete(parts.resolve("part-00003-of-00004.summary.json"));
        CliRun merge = CliRun.of("merge", parts.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, merge.exit(), merge.toString());
        assertTrue(merge.err().contains("run --shard 3/4 again"), merge.err());
        assertEquals("", merge.out());
    }

    @Test
    void mergeRefusesAPartFromAnotherInputList() throws IOException {
        Path parts = fourShards("parts");
        Path foreign = tmp.resolve("foreign");
        Path other = Corpus.generate(tmp.resolve("other"), 203, "other", 3, 0.1, true);
        CliRun.of("--list", other.resolve("files.txt").toString(), "--base", other.toString(), "--out-dir", foreign.toString(),
                "--shard", "1/4");
        for (String name : new String[] {"part-00001-of-00004.jsonl", "part-00001-of-00004.summary.json"}) {
            Files.copy(foreign.resolve(name), parts.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        CliRun merge = CliRun.of("merge", parts.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, merge.exit(), merge.toString());
        assertTrue(merge.err().contains("came from another input list"), merge.err());
    }

    @Test
    void mergeRefusesADuplicatedPart() throws IOException {
        Path parts = fourShards("parts");
        Files.copy(parts.resolve("part-00001-of-00004.jsonl"), parts.resolve("part-00001-of-00004 (1).jsonl"));
        CliRun copy = CliRun.of("merge", parts.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, copy.exit(), copy.toString());
        assertTrue(copy.err().contains("part-00001-of-00004 (1).jsonl looks like a part"), copy.err());

        Files.delete(parts.resolve("part-00001-of-00004 (1).jsonl"));
        for (String suffix : new String[] {".jsonl", ".summary.json"}) {
            Files.copy(parts.resolve("part-00001-of-00004" + suffix), parts.resolve("part-00002-of-00004" + suffix),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        CliRun twice = CliRun.of("merge", parts.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, twice.exit(), twice.toString());
        assertTrue(twice.err().contains("holds shard 1/4"), twice.err());
    }

    @Test
    void mergeRefusesPartsOfDifferentSplitsAndAChangedPart() throws IOException {
        Path parts = fourShards("parts");
        CliRun.of("--list", list, "--base", corpus.toString(), "--out-dir", parts.toString(), "--shard", "0/3");
        CliRun mixed = CliRun.of("merge", parts.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, mixed.exit(), mixed.toString());
        assertTrue(mixed.err().contains("different splits"), mixed.err());

        Path clean = fourShards("clean");
        Path part = clean.resolve("part-00000-of-00004.jsonl");
        Files.writeString(part, Files.readString(part).replaceFirst("\"values\":\\{\"([^\"]+)\":[0-9.]+", "\"values\":{\"$1\":99.0"),
                StandardCharsets.UTF_8);
        CliRun changed = CliRun.of("merge", clean.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, changed.exit(), changed.toString());
        assertTrue(changed.err().contains("part-00000-of-00004.jsonl is not the part its summary describes"), changed.err());
    }

    @Test
    void shardOptionsAreChecked() {
        Path parts = tmp.resolve("p");
        assertEquals(ExitCodes.USAGE, CliRun.of(list, "--shard", "1/4").exit(), "needs --out-dir");
        assertEquals(ExitCodes.USAGE, CliRun.of(list, "--out-dir", parts.toString()).exit(), "needs --shard");
        assertEquals(ExitCodes.USAGE, CliRun.of(list, "--out-dir", parts.toString(), "--shard", "4/4").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of(list, "--out-dir", parts.toString(), "--shard", "x/4").exit());
        CliRun noIndex = CliRun.of(list, "--out-dir", parts.toString(), "--shard", "4");
        assertEquals(ExitCodes.USAGE, noIndex.exit());
        assertTrue(noIndex.err().contains("JOB_COMPLETION_INDEX"), noIndex.err());
        CliRun withFormat = CliRun.of(list, "--out-dir", parts.toString(), "--shard", "0/4", "-f", "csv");
        assertEquals(ExitCodes.USAGE, withFormat.exit());
        assertTrue(withFormat.err().contains("merge"), withFormat.err());
        assertEquals(ExitCodes.USAGE, CliRun.of(list, "--out-dir", parts.toString(), "--shard", "0/4", "--fail-fast").exit(),
                "a part cut short at the first failure would not hold its slice");
        assertEquals(ExitCodes.USAGE, CliRun.of(list, "--out-dir", parts.toString(), "--shard", "0/4", "--resume").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("merge", tmp.resolve("nowhere").toString()).exit());
        // Every rule says which options break it, in the words the user typed.
        Map<String, List<String>> said = Map.of(
                "nutriscan: --shard needs --out-dir DIR, the folder that collects the parts", List.of("--shard", "1/4"),
                "nutriscan: --out-dir is where --shard writes its part: give --shard K/N too", List.of("--out-dir", "p"),
                "nutriscan: --shard writes a JSON Lines part for 'nutriscan merge', which takes --output instead",
                List.of("--out-dir", "p", "--shard", "0/4", "-o", "x.json"),
                "nutriscan: --shard writes a JSON Lines part for 'nutriscan merge', which takes --shape instead",
                List.of("--out-dir", "p", "--shard", "0/4", "--shape", "seed"),
                "nutriscan: --fail-fast does not go with --shard: a part holds its whole slice, and a shard is rerun whole",
                List.of("--out-dir", "p", "--shard", "0/4", "--fail-fast"),
                "nutriscan: --resume needs --format jsonl and -o FILE (and the full shape)", List.of("--resume"));
        said.forEach((message, args) -> {
            List<String> all = new java.util.ArrayList<>(List.of(list));
            all.addAll(args);
            CliRun run = CliRun.of(all.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
            assertEquals(message, run.err().lines().findFirst().orElse(""), run.toString());
        });
        CliRun empty = CliRun.of("merge", tmp.toString());
        assertEquals(ExitCodes.PARTS_REFUSED, empty.exit(), empty.toString());
    }
}
