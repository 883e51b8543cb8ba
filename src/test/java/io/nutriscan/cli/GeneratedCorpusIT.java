package io.nutriscan.cli;

import io.nutriscan.testing.CliRun;
import io.nutriscan.testing.Corpus;
import io.nutriscan.testing.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A corpus too big for the edit-test loop: 5,000 pages, every one accounted for at any concurrency. */
class GeneratedCorpusIT {

    @TempDir
    Path tmp;

    @Test
    void fiveThousandSmallPagesLoseNothingAtAnyConcurrency() {
        Path corpus = Corpus.generate(tmp.resolve("small"), 5000, "many", 2, 0.02, true);
        String list = corpus.resolve("files.txt").toString();
        CliRun one = CliRun.of("--list", list, "--base", corpus.toString(), "-j", "1");
        Corpus.assertMatchesGroundTruth(corpus, one.out());
        for (String j : new String[] {"8", "512"}) {
            CliRun run = CliRun.of("--list", list, "--base", corpus.toString(), "-j", j);
            assertEquals(one.out(), run.out(), "-j " + j + " gives the same bytes as -j 1");
            assertEquals(one.exit(), run.exit());
        }
        assertEquals(5000, Json.parse(one.out()).size());
    }
}
