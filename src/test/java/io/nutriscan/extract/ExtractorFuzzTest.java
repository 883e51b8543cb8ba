package io.nutriscan.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nutriscan.model.PageResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Coverage-guided fuzzing (Jazzer) of the extractor: any bytes give a {@link PageResult}, never an
 * exception, and the fast path agrees with the full parse. The build sets JAZZER_FUZZ=1, so every test
 * run fuzzes for this short budget, starting from the seeds under
 * src/test/resources/io/nutriscan/extract/ExtractorFuzzTestInputs and the corpus it keeps in
 * .cifuzz-corpus/; -Dnutriscan.fuzz=0 only replays the seeds. A finding is written beside the seeds
 * and then fails every run until fixed.
 */
class ExtractorFuzzTest {

    private static final PageExtractor FAST = new PageExtractor(true);
    private static final PageExtractor FULL = new PageExtractor(false);

    @FuzzTest(maxDuration = "10s")
    void anyBytesGiveAResultAndBothPathsAgree(byte[] page) {
        PageResult fast = FAST.extract(page);
        assertNotNull(fast);
        assertEquals(FULL.extract(page), fast);
    }
}
