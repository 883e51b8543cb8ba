package io.nutriscan.extract.fitaudit;

import io.nutriscan.model.PageResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every input the fuzzer ({@link ExtractorFuzzTest}) found wrong, kept under src/test/resources/fuzz-fixes
 * with a name that says what it was: the fast path and the full parse agree on it, with the nutrient profile
 * and without, and on every prefix the fast path may settle it from.
 */
class FuzzFixesTest {

    static Stream<Path> findings() throws IOException, URISyntaxException {
        Path root = Path.of(FuzzFixesTest.class.getResource("/fuzz-fixes").toURI());
        return Files.list(root).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void bothPathsAgree(Path finding) throws IOException {
        agree(Files.readAllBytes(finding), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void bothPathsAgreeWithTheNutrientProfile(Path finding) throws IOException {
        agree(Files.readAllBytes(finding), true);
    }

    private static void agree(byte[] page, boolean nutrients) {
        PageResult full = ExtractionPaths.fullParse(page, nutrients);
        PageExtractor fast = new PageExtractor(null, nutrients);
        assertEquals(full, fast.extract(page));
        for (int length = 1; length < page.length; length++) {
            PageResult settled = fast.extractFromPrefix(Arrays.copyOf(page, length));
            if (settled != null) {
                assertEquals(full, settled, "read up to byte " + length);
            }
        }
    }
}
