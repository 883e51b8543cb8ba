package io.nutriscan.bench;

import io.nutriscan.engine.EngineKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchChartTest {

    @Test
    void scaleEndsOnARoundNumber() {
        assertEquals(20_000, BenchChart.niceCeiling(15_900));
        assertEquals(5_000, BenchChart.niceCeiling(4_001));
        assertEquals(10_000, BenchChart.niceCeiling(9_999));
        assertEquals(1, BenchChart.niceCeiling(0.3));
    }

    @Test
    void barsAreProportionalAndTextIsEscaped() {
        BenchResult slow = new BenchResult(new BenchConfig(EngineKind.SEQUENTIAL, 1), 1, 1000, 80, 1, 0, 0, 1, 0, "d");
        BenchResult fast = new BenchResult(new BenchConfig(EngineKind.VIRTUAL, 8), 0.5, 2000, 160, 2, 0, 0, 1, 0, "d");
        String svg = BenchChart.svg("a < b & c", "sub", List.of(slow, fast));
        assertTrue(svg.contains("a &lt; b &amp; c"), svg);
        // scale 2000 over 500 px of plot: 250 px and 500 px
        assertTrue(svg.contains("width=\"250.0\" height=\"22\""), svg);
        assertTrue(svg.contains("width=\"500.0\" height=\"22\""), svg);
        assertTrue(svg.contains("2,000 pages/s · 2.00×"), svg);
    }
}
