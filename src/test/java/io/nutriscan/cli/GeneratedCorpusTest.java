package io.nutriscan.cli;

import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whole runs over generated corpora, compared value by value with their ground truth. */
class GeneratedCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void fullSizePagesWithBrokenOnesMatchTheGroundTruth() {
        Path corpus = Corpus.generate(tmp.resolve("c"), 300, "e2e", 80, 0.08, true);
        CliRun run = CliRun.of("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString());
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.err());
        Corpus.assertMatchesGroundTruth(corpus, run.out());
    }

    @Test
    void withNutrientsEveryPageHasItsWholeProfileRight() {
        Path corpus = Corpus.generate(tmp.resolve("profile"), 200, "profile", 60, 0.08, true);
        CliRun run = CliRun.of("--nutrients", "--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString());
        assertEquals(ExitCodes.PAGES_FAILED, run.exit(), run.err());
        Corpus.assertMatchesGroundTruthWithProfiles(corpus, run.out());
    }

    @Test
    void theSamplesShippedInTheRepoGiveTheirGroundTruth() {
        for (String sample : new String[] {"samples/pages", "samples/broken"}) {
            Path dir = Path.of(sample);
            CliRun run = CliRun.of("--list", dir.resolve("files.txt").toString(), "--base", sample);
            Corpus.assertMatchesGroundTruth(dir, run.out());
        }
        assertEquals(ExitCodes.OK, CliRun.of("samples/pages").exit());
    }

    @Test
    void aFolderArgumentWalksPagesInSortedOrder() {
        Path corpus = Corpus.generate(tmp.resolve("flat"), 50, "walk", 3, 0.1, false);
        CliRun byFolder = CliRun.of(corpus.toString());
        CliRun byList = CliRun.of("--list", corpus.resolve("files.txt").toString(), "--base", corpus.toString());
        // files.txt lists the pages in name order too, so both give the same records; only the sources differ.
        assertEquals(Json.parse(byList.out()).size(), Json.parse(byFolder.out()).size());
        Corpus.assertMatchesGroundTruth(corpus, byFolder.out());
    }
}
