package io.nutriscan.extract.fitaudit;

import com.fasterxml.jackson.databind.JsonNode;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageResult;
import io.nutriscan.testing.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Every page under src/test/resources/pages/{good,bad} beside the JSON that says what it must give:
 * {"product", "values", "units"} for a good page, {"error"} for a bad one.
 */
class PageFixturesTest {

    private final PageExtractor extractor = new PageExtractor();

    static Stream<Path> pages() throws IOException, URISyntaxException {
        Path root = Path.of(PageFixturesTest.class.getResource("/pages").toURI());
        return Files.walk(root).filter(p -> p.toString().endsWith(".html")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageGivesWhatItsJsonSays(Path page) throws IOException {
        JsonNode expected = Json.read(Path.of(page.toString().replaceFirst("\\.html$", ".json")));
        PageResult result = extractor.extract(Files.readAllBytes(page));
        if (expected.has("error")) {
            PageResult.Failure failure = assertInstanceOf(PageResult.Failure.class, result, page.toString());
            assertEquals(expected.get("error").asText(), failure.reason());
            return;
        }
        PageResult.Legend legend = assertInstanceOf(PageResult.Legend.class, result, () -> page + ": " + result);
        assertEquals(expected.get("product").isNull() ? null : expected.get("product").asText(), legend.product());
        Iterator<Map.Entry<String, JsonNode>> values = expected.get("values").fields();
        JsonNode units = expected.get("units");
        assertEquals(expected.get("values").size(), legend.items().size(), "items: " + legend.items());
        for (LegendItem item : legend.items()) {
            Map.Entry<String, JsonNode> want = values.next();
            assertEquals(want.getKey(), item.name(), "key order follows the page");
            assertEquals(want.getValue().asDouble(), item.value(), 0.0, item.name());
            JsonNode unit = units.get(item.name());
            assertEquals(unit.isNull() ? null : unit.asText(), item.unit(), item.name());
        }
    }
}
