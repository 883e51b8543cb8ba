package io.nutriscan.extract;

import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageResult;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extraction itself, a pure function: page bytes in, {@link PageResult} out. It reads the
 * nutrient legend of {@code div#him_bx}: every {@code span} with both classes {@code him_bx__legend}
 * and {@code pr__fl}, in page order, plus the product name from the page's first {@code h1}.
 */
public final class PageExtractor {

    static final String BLOCK = "div#him_bx";
    static final String LEGEND_ITEM = "span.him_bx__legend.pr__fl";

    public PageResult extract(byte[] page) {
        if (page.length == 0) {
            return new PageResult.Failure("empty file");
        }
        try {
            return extract(PageDecoder.decode(page));
        } catch (ExtractionException e) {
            return new PageResult.Failure(e.getMessage());
        }
    }

    PageResult.Legend extract(String html) throws ExtractionException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(html, "");
        Element block = doc.selectFirst(BLOCK);
        if (block == null) {
            throw new ExtractionException("no div#him_bx block");
        }
        if (endsInside(block, doc)) {
            throw new ExtractionException("truncated: the file ends inside div#him_bx");
        }
        Elements spans = block.select(LEGEND_ITEM);
        if (spans.isEmpty()) {
            throw new ExtractionException("div#him_bx has no legend items (span.him_bx__legend.pr__fl)");
        }
        List<LegendItem> items = new ArrayList<>(spans.size());
        Set<String> names = new HashSet<>();
        for (Element span : spans) {
            LegendItem item = LegendItemParser.parse(span.text());
            if (!names.add(item.name())) {
                throw new ExtractionException("legend lists " + item.name() + " twice");
            }
            items.add(item);
        }
        return new PageResult.Legend(productName(doc), items);
    }

    /**
     * A block whose end tag never came, in a page whose body never closed either: the file was cut
     * inside the block (an interrupted download), so the legend may be incomplete. A block left open
     * by sloppy markup in an otherwise complete page is read as it is.
     */
    private static boolean endsInside(Element block, Document doc) {
        if (!block.endSourceRange().isImplicit() && block.endSourceRange().isTracked()) {
            return false;
        }
        Element body = doc.body();
        return body == null || body.endSourceRange().isImplicit() || !body.endSourceRange().isTracked();
    }

    /** The page's first h1 without its child elements ("Яблоко", not "Яблоко — калорийность…"), or null. */
    static String productName(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null) {
            return null;
        }
        String own = Whitespace.normalize(h1.ownText());
        String name = own.isEmpty() ? Whitespace.normalize(h1.text()) : own;
        return name.isEmpty() ? null : name;
    }
}
