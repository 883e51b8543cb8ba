package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.ExtractionException;
import io.nutriscan.extract.html.Whitespace;
import io.nutriscan.model.LegendItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LegendItemParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "жиры – 0,39 г|Жиры|0.39|г",
        "пищевые волокна – 2,4 г|Пищевые волокна|2.4|г",
        "белки — 86 мг|Белки|86.0|мг",
        "вода\u00a0–\u00a0100\u00a0мкг|Вода|100.0|мкг",
        "алкоголь – 5,0 г|Алкоголь|5.0|г",
        "алкоголь – 0,30 г|Алкоголь|0.3|г",
        "омега-3 – 1,25 г|Омега-3|1.25|г",
        "жиры - 7 г|Жиры|7.0|г",
        "жиры – 7г|Жиры|7.0|г",
        "Витамин C – 12 мг|Витамин C|12.0|мг",
        "жиры\u2009–\u202f3 %|Жиры|3.0|%",
        "жи\u00adры – 1 г|Жиры|1.0|г",
        "жиры — 0,39 г,|Жиры|0.39|г",
        "зола — 0,75 г.|Зола|0.75|г",
        "вода — 86,35 г;|Вода|86.35|г",
        "белки — 1,40 г:|Белки|1.4|г",
        "жиры — 0,39 г ,|Жиры|0.39|г",
        "жиры — 12,|Жиры|12.0|",
    })
    void readsNameNumberAndUnit(String text, String name, double value, String unit) throws ExtractionException {
        LegendItem item = LegendItemParser.parse(text);
        assertEquals(name, item.name());
        assertEquals(value, item.value(), 0.0);
        assertEquals(unit, item.unit());
    }

    @Test
    void foldsNewlinesTabsAndRunsOfSpace() throws ExtractionException {
        LegendItem ash = LegendItemParser.parse("  зола\n\t –\r\n 0   г ");
        assertEquals("Зола", ash.name());
        assertEquals(0.0, ash.value(), 0.0);
        assertEquals("Пищевые волокна", LegendItemParser.parse("пищевые   \n волокна – 1 г").name());
    }

    @Test
    void unitIsOptional() throws ExtractionException {
        LegendItem item = LegendItemParser.parse("жиры – 12");
        assertEquals(12.0, item.value(), 0.0);
        assertNull(item.unit());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"жиры – NaN г", "жиры – nan", "жиры – Infinity", "жиры – н/д", "жиры – нет данных г", "жиры – ?",
        "жиры – – г", "жиры –", "жиры – г", "жиры – 0,39,5", "жиры – 1.2.3 г", "жиры – 0.39 г", "жиры – 1e3 г", "жиры – -5 г",
        "жиры – +5 г", "жиры – ,5 г", "жиры – 5, г", "жиры – 0x1A", "жиры – ５ г", "жиры – 5 г на порцию", "жиры – 5 г 6",
        "жиры — NaN г,", "жиры — н/д.", "жиры — ,", "жиры — г.", "жиры — 0,39 г,,", "жиры — 0,39 г, 5", "жиры — 0,39 г. мало",
        "жиры — 0,39 г!", "жиры — 0,39,5,"})
    void refusesWhatIsNotADecimalCommaNumber(String text) {
        ExtractionException e = assertThrows(ExtractionException.class, () -> LegendItemParser.parse(text));
        assertEquals("legend value is not a number: " + Whitespace.normalize(text), e.getMessage());
    }

    @Test
    void refusesItemsWithoutDashOrName() {
        assertEquals("legend item is not 'name – number unit': жиры 5 г",
                assertThrows(ExtractionException.class, () -> LegendItemParser.parse("жиры 5 г")).getMessage());
        assertEquals("legend item has no name: – 5 г",
                assertThrows(ExtractionException.class, () -> LegendItemParser.parse(" – 5 г")).getMessage());
    }

    @Test
    void readsTheValueAsItsGrammarSays() {
        Pattern grammar = Pattern.compile(LegendItemParser.VALUE_GRAMMAR);
        String[] parts = {"0", "12", "3,5", ",", ".", ";", ":", " ", "г", "мкг", "%", "ё", "\uD835\uDC00", "a", "-", "5", ",5", "!"};
        SplittableRandom rng = new SplittableRandom(3);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder rest = new StringBuilder();
            for (int k = 0, len = 1 + rng.nextInt(5); k < len; k++) {
                rest.append(parts[rng.nextInt(parts.length)]);
            }
            String text = rest.toString().strip();
            Matcher m = grammar.matcher(text);
            String[] value = LegendItemParser.value(text);
            if (m.matches()) {
                assertEquals(List.of(m.group(1), String.valueOf(m.group(2))), List.of(value[0], String.valueOf(value[1])), text);
            } else {
                assertNull(value, text);
            }
        }
    }

    @Test
    void capitalizesOnlyTheFirstLetter() {
        assertEquals("Пищевые волокна", LegendItemParser.capitalize("пищевые волокна"));
        assertEquals("ЖИРЫ", LegendItemParser.capitalize("ЖИРЫ"));
        assertEquals("Ёмкость", LegendItemParser.capitalize("ёмкость"));
        assertEquals("1 кислота", LegendItemParser.capitalize("1 кислота"));
    }
}
