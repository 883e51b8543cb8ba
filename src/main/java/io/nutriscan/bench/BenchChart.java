package io.nutriscan.bench;

import io.nutriscan.engine.EngineKind;

import java.util.List;
import java.util.Locale;

/**
 * The results as an SVG bar chart: one horizontal bar per configuration, pages/s on a shared scale with
 * gridlines, coloured by engine, each bar labelled with its figure and its speedup over sequential.
 * Plain SVG 1.1 with its own fonts and sizes, so it shows the same in any browser or image viewer.
 */
public final class BenchChart {

    private static final int WIDTH = 860;
    private static final int LABEL_WIDTH = 170;
    private static final int RIGHT_MARGIN = 190;
    private static final int TOP = 70;
    private static final int BAR = 22;
    private static final int GAP = 10;

    private BenchChart() {
    }

    public static String svg(String title, String subtitle, List<BenchResult> results) {
        double max = results.stream().mapToDouble(BenchResult::pagesPerSecond).max().orElse(1);
        double step = tickStep(max);
        int ticks = (int) Math.ceil(max / step);
        double scale = ticks * step;
        int plotWidth = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
        int height = TOP + results.size() * (BAR + GAP) + 60;
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%d" height="%d" viewBox="0 0 %d %d" \
                font-family="Helvetica, Arial, sans-serif" font-size="13">
                <rect width="100%%" height="100%%" fill="#ffffff"/>
                <text x="20" y="28" font-size="17" font-weight="bold" fill="#222">%s</text>
                <text x="20" y="50" fill="#555">%s</text>
                """, WIDTH, height, WIDTH, height, escape(title), escape(subtitle)));
        int plotBottom = TOP + results.size() * (BAR + GAP);
        for (int i = 0; i <= ticks; i++) {
            double value = step * i;
            double x = LABEL_WIDTH + plotWidth * (value / scale);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#666\" font-size=\"11\">%s</text>%n",
                    x, TOP - 8, x, plotBottom, x, plotBottom + 16, thousands(value)));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">pages per second (higher is better)</text>%n",
                LABEL_WIDTH + plotWidth / 2, plotBottom + 38));
        int y = TOP;
        for (BenchResult r : results) {
            double w = Math.max(1, plotWidth * r.pagesPerSecond() / scale);
            svg.append(String.format(Locale.ROOT, """
                    <text x="%d" y="%d" text-anchor="end" fill="#222">%s</text>
                    <rect x="%d" y="%d" width="%.1f" height="%d" rx="3" fill="%s"><title>%s: %s pages/s</title></rect>
                    <text x="%.1f" y="%d" fill="#222">%s pages/s · %.2f×</text>
                    """, LABEL_WIDTH - 10, y + BAR - 6, escape(r.config().label()), LABEL_WIDTH, y, w, BAR,
                    colour(r.config().engine()), escape(r.config().label()), thousands(r.pagesPerSecond()),
                    LABEL_WIDTH + w + 8, y + BAR - 6, thousands(r.pagesPerSecond()), r.speedup()));
            y += BAR + GAP;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String colour(EngineKind engine) {
        return switch (engine) {
            case SEQUENTIAL -> "#9e9e9e";
            case PLATFORM -> "#e08a2c";
            case VIRTUAL -> "#2c7be0";
        };
    }

    /** The gridline step: 1, 2, 2.5 or 5 times a power of ten, the smallest that needs at most 6 lines past 0. */
    static double tickStep(double max) {
        double power = Math.max(1, Math.pow(10, Math.floor(Math.log10(Math.max(max, 1) / 6))));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (Math.ceil(max / (step * power)) <= 6) {
                return step * power;
            }
        }
        return 10 * power;
    }

    static String thousands(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
