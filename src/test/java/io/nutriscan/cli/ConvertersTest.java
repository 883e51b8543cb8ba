package io.nutriscan.cli;

import io.nutriscan.engine.EngineKind;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConvertersTest {

    @Test
    void durationsInSecondsMinutesOrMilliseconds() {
        Converters.DurationValue d = new Converters.DurationValue();
        assertEquals(Duration.ofSeconds(30), d.convert("30s"));
        assertEquals(Duration.ofSeconds(30), d.convert("30"));
        assertEquals(Duration.ofMinutes(2), d.convert("2m"));
        assertEquals(Duration.ofMillis(500), d.convert("500ms"));
        assertEquals(Duration.ofMillis(1500), d.convert(" 1.5S "));
        assertEquals(Duration.ofMillis(1), d.convert("0.1ms"), "never rounded down to nothing");
        for (String bad : new String[] {"0", "-1s", "abc", "1h", "", "Infinity", "NaN"}) {
            CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class, () -> d.convert(bad));
            assertEquals("'" + bad + "' is not a duration (examples: 30s, 2m, 500ms)", e.getMessage());
        }
    }

    @Test
    void sizesInPowersOf1024() {
        Converters.Size s = new Converters.Size();
        assertEquals(1_048_576L, s.convert("1048576"));
        assertEquals(512L << 10, s.convert("512k"));
        assertEquals(64L << 20, s.convert("64M"));
        assertEquals(64L << 20, s.convert("64MiB"));
        assertEquals(1L << 30, s.convert("1G"));
        assertEquals(2048L, s.convert("2KB"));
        assertThrows(CommandLine.TypeConversionException.class, () -> s.convert("0"));
        assertThrows(CommandLine.TypeConversionException.class, () -> s.convert("12X"));
        assertThrows(CommandLine.TypeConversionException.class, () -> s.convert("99999999999G"), "overflow is an error");
    }

    @Test
    void namesInAnyCaseAndUnknownNamesListTheKnownOnes() {
        assertEquals(Format.JSONL, new Converters.FormatName().convert("JsonL"));
        assertEquals(Shape.SEED, new Converters.ShapeName().convert("seed"));
        assertEquals(EngineKind.PLATFORM, new Converters.Engine().convert("PLATFORM"));
        assertEquals(StandardCharsets.UTF_8, new Converters.CharsetName().convert("utf8"));
        assertEquals("unknown format 'xml' (expected json, jsonl, csv)",
                assertThrows(CommandLine.TypeConversionException.class, () -> new Converters.FormatName().convert("xml")).getMessage());
        assertEquals("unknown charset 'klingon'",
                assertThrows(CommandLine.TypeConversionException.class, () -> new Converters.CharsetName().convert("klingon")).getMessage());
    }
}
