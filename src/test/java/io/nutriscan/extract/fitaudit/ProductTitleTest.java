package io.nutriscan.extract.fitaudit;

import io.nutriscan.model.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductTitleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Абрикос — химический состав, пищевая ценность|Абрикос",
        "Абрикос – химический состав, пищевая ценность|Абрикос",
        "Масло виноградных косточек — химический состав, пищевая ценность|Масло виноградных косточек",
        "Сыр «Российский», 50% — химический состав, пищевая ценность|Сыр «Российский», 50%",
    })
    void dropsTheSitesSuffix(String heading, String product) {
        assertEquals(product, ProductTitle.withoutSuffix(heading));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Абрикос",
        "Абрикос — калорийность",
        "Абрикос - химический состав, пищевая ценность",
        "Абрикос —химический состав, пищевая ценность",
        "Абрикос —  химический состав, пищевая ценность и польза",
        "— химический состав, пищевая ценность",
        "химический состав, пищевая ценность",
    })
    void leavesAnyOtherHeadingWhole(String heading) {
        assertEquals(heading, ProductTitle.withoutSuffix(heading));
    }

    @Test
    void realHeadingThroughTheExtractor() {
        byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\" /></head><body>\r\n"
                + "<h1>Абрикос — химический состав, пищевая ценность</h1>\r\n<div id=\"him_bx\"><p class=\"him_bx__wrap\">"
                + "<span class=\"him_bx__legend pr__fl\"><span class=\"him_bx__legend_mark pr__fat\"></span>жиры — "
                + "<span class=\"js__msr_cc\">0,39 г</span>.</span></p></div></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        PageResult.Legend legend = (PageResult.Legend) new PageExtractor().extract(page);
        assertEquals("Абрикос", legend.product());
    }
}
