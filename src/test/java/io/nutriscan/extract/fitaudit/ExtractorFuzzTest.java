package io.nutriscan.extract.fitaudit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nutriscan.model.PageResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Coverage-guided fuzzing (Jazzer) of the extractor: any bytes give a {@link PageResult}, never an
 * exception, and the fast path agrees with the full parse, with the nutrient profile read and without. {@code ./mvnw test} replays the seeds under
 * src/test/resources/io/nutriscan/extract/fitaudit/ExtractorFuzzTestInputs; {@code ./mvnw -Pfuzz test
 * -Dtest=ExtractorFuzzTest} fuzzes from them for this budget (CI does). A finding is written beside the
 * seeds; once fixed it is kept, under a name that says what it was, in src/test/resources/fuzz-fixes
 * ({@link FuzzFixesTest}).
 */
class ExtractorFuzzTest {

    private static final PageExtractor FAST = new PageExtractor();
    private static final PageExtractor PROFILE = new PageExtractor(null, true);

    @FuzzTest(maxDuration = "10s")
    void anyBytesGiveAResultAndBothPathsAgree(byte[] page) {
        PageResult fast = FAST.extract(page);
        assertNotNull(fast);
        assertEquals(ExtractionPaths.fullParse(page), fast);
        assertEquals(ExtractionPaths.fullParse(page, true), PROFILE.extract(page), "with the nutrient profile");
    }
}
