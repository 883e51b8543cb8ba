package io.nutriscan.bench;

import io.nutriscan.engine.EngineKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchChartTest {

    @Test
    void gridlinesFallOnRoundNumbersJustPastTheLongestBar() {
        assertEquals(2_000, BenchChart.tickStep(10_738), "0 .. 12,000 in six steps");
        assertEquals(5_000, BenchChart.tickStep(15_900), "0 .. 20,000 in four");
        assertEquals(1_000, BenchChart.tickStep(4_001), "0 .. 5,000 in five");
        assertEquals(2_000, BenchChart.tickStep(9_999), "0 .. 10,000 in five");
        assertEquals(1, BenchChart.tickStep(0.3));
    }

    @Test
    void barsAreProportionalAndTextIsEscaped() {
        BenchResult slow = new BenchResult(new BenchConfig(EngineKind.SEQUENTIAL, 1), 1, 1000, 80, 1, 0, 0, 1, 0, "d");
        BenchResult fast = new BenchResult(new BenchConfig(EngineKind.VIRTUAL, 8), 0.5, 2000, 160, 2, 0, 0, 1, 0, "d");
        String svg = BenchChart.svg("a < b & c", "sub", List.of(slow, fast));
        assertTrue(svg.contains("a &lt; b &amp; c"), svg);
        // 0 .. 2,000 over 500 px of plot: 250 px and 500 px
        assertTrue(svg.contains("width=\"250.0\" height=\"22\""), svg);
        assertTrue(svg.contains("width=\"500.0\" height=\"22\""), svg);
        assertTrue(svg.contains("2,000 pages/s · 2.00×"), svg);
    }
}
