package io.nutriscan.extract.fitaudit;

import io.nutriscan.corpus.GeneratedPage;
import io.nutriscan.corpus.PageGenerator;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Generated pages saved in the Russian charsets, declared or not, give the same values as in UTF-8. */
class EncodingTest {

    @ParameterizedTest(name = "{0}, declared: {1}")
    @CsvSource({"windows-1251,false", "windows-1251,true", "KOI8-R,false", "KOI8-R,true", "UTF-8,false"})
    void pagesInOtherCharsetsGiveTheirValues(String charsetName, boolean declared) {
        Charset charset = Charset.forName(charsetName);
        PageGenerator generator = new PageGenerator("charsets");
        for (int i = 0; i < 60; i++) {
            GeneratedPage page = generator.page(i, 20_000, null, false);
            String html = new String(page.bytes(), StandardCharsets.UTF_8)
                    .replace("<meta charset=\"utf-8\">", declared ? "<meta charset=\"" + charsetName + "\">" : "");
            if (charsetName.equals("KOI8-R")) {
                // KOI8-R has no en or em dash: pages in it use a hyphen between spaces.
                html = html.replace('–', '-').replace('—', '-');
            }
            byte[] bytes = html.getBytes(charset);
            for (PageResult result : List.of(new PageExtractor().extract(bytes), ExtractionPaths.fullParse(bytes))) {
                PageResult.Legend legend = assertInstanceOf(PageResult.Legend.class, result, charsetName + " page " + i);
                Map<String, Double> values = new LinkedHashMap<>();
                for (LegendItem item : legend.items()) {
                    values.put(item.name(), item.value());
                }
                assertEquals(page.values(), values, charsetName + " page " + i);
            }
        }
    }
}
