package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.ExtractionException;
import io.nutriscan.extract.SiteExtractor;
import io.nutriscan.extract.html.PageDecoder;
import io.nutriscan.extract.html.Whitespace;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.Nutrient;
import io.nutriscan.model.PageResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extraction itself, a pure function: page bytes in, {@link PageResult} out. It reads the
 * nutrient legend of {@code div#him_bx}: every {@code span} with both classes {@code him_bx__legend}
 * and {@code pr__fl}, in page order, plus the product name from the page's first {@code h1}.
 * <p>
 * Two ways to the same answer: the fast path finds the block and the h1 in the bytes
 * ({@link BlockScanner}) and parses only those fragments; whenever it cannot be sure of giving exactly
 * what the full parse gives, the whole page is parsed into a DOM instead.
 */
public final class PageExtractor implements SiteExtractor {

    static final String BLOCK = "div#him_bx";
    static final String LEGEND_ITEM = "span.him_bx__legend.pr__fl";
    // Parsed once: every page selects with them.
    private static final Evaluator BLOCK_QUERY = QueryParser.parse(BLOCK);
    private static final Evaluator LEGEND_ITEM_QUERY = QueryParser.parse(LEGEND_ITEM);
    private static final Evaluator H1_QUERY = QueryParser.parse("h1");

    /** Past the end of div#him_bx on every real page seen (at most 30 KiB in), in whole pages of the file system. */
    static final int HEAD_BYTES = 32 << 10;
    /** Past the end of the nutrient tables on every real page seen (at most 61 KiB in). */
    static final int PROFILE_HEAD_BYTES = 64 << 10;

    private final Charset forcedCharset;
    private final boolean nutrients;

    public PageExtractor() {
        this(null, false);
    }

    /**
     * {@code forcedCharset}: read every page in this charset whatever it declares (null: decide per page);
     * {@code nutrients}: read the page's whole nutrient profile too ({@link NutrientProfile}).
     */
    public PageExtractor(Charset forcedCharset, boolean nutrients) {
        this.forcedCharset = forcedCharset;
        this.nutrients = nutrients;
    }

    @Override
    public int headBytes() {
        return nutrients ? PROFILE_HEAD_BYTES : HEAD_BYTES;
    }

    public PageResult extract(byte[] page) {
        return extract(page, null);
    }

    /**
     * {@code declared}: the charset the page's HTTP header named (null: none). It ranks after a byte-order mark
     * and before the page's own {@code <meta>}, as in a browser; --charset overrides it.
     */
    @Override
    public PageResult extract(byte[] page, Charset declared) {
        if (page.length == 0) {
            return new PageResult.Failure("empty file");
        }
        Charset charset = forcedCharset != null ? forcedCharset : declared;
        try {
            PageResult.Legend fast = fromFragments(page, charset, false, nutrients);
            if (fast != null) {
                return fast;
            }
            return fromDocument(PageDecoder.decode(page, charset), nutrients);
        } catch (ExtractionException e) {
            return new PageResult.Failure(e.getMessage());
        }
    }

    /**
     * The result for a page of which only the first bytes were read, or null when they do not settle it
     * and the page must be read whole ({@link #extract}). They settle it once {@code div#him_bx} and the
     * first h1 are complete in them and the fast path can read both: nothing after the block changes the
     * record, so a page is read only as far as its block (about a sixth of a real page).
     */
    @Override
    public PageResult extractFromPrefix(byte[] prefix) {
        if (prefix.length == 0) {
            return null;
        }
        PageResult.Legend legend;
        try {
            legend = fromFragments(prefix, forcedCharset, true, nutrients);
        } catch (ExtractionException e) {
            return new PageResult.Failure(e.getMessage());
        }
        return legend;
    }

    /**
     * The fast path: null when the page needs the full parse, or, for a {@code prefix} of the page, when
     * the bytes so far cannot say (the block or the h1 not complete yet, a charset only the whole page shows).
     */
    static PageResult.Legend fromFragments(byte[] page, Charset forced, boolean prefix, boolean nutrients)
            throws ExtractionException {
        BlockScanner.Scan scan;
        Charset charset;
        if (prefix) {
            // Only the bytes up to the block's end matter: the charset is decided on them alone.
            scan = BlockScanner.scan(page);
            if (scan == BlockScanner.UNSURE || !scan.found() || scan.truncated() || !scan.hasH1()) {
                return null;
            }
            try {
                charset = PageDecoder.byteReadableCharset(Arrays.copyOf(page, scan.blockEnd()), forced, true);
            } catch (ExtractionException e) {
                return null; // the whole page decides how it is decoded, or that it cannot be
            }
        } else {
            charset = PageDecoder.byteReadableCharset(page, forced);
            if (charset == null) {
                return null;
            }
            scan = BlockScanner.scan(page);
        }
        if (charset == null || scan == BlockScanner.UNSURE) {
            return null;
        }
        if (!scan.found()) {
            // The tags' bytes are ASCII in every charset the fast path reads.
            throw noBlock(endsInBlockStartTag(new String(page, java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
        if (scan.truncated()) {
            throw truncated();
        }
        List<String> texts = LegendReader.itemTexts(page, charset, scan);
        List<LegendItem> items;
        if (texts != null) {
            items = legendItems(texts);
        } else {
            Element block = Jsoup.parseBodyFragment(scan.blockText(page, charset)).selectFirst(BLOCK_QUERY);
            if (block == null) {
                return null;
            }
            items = legendItems(block);
        }
        if (!scan.hasH1()) {
            return null; // the first h1 may come after the block: only the whole page can tell
        }
        String heading = LegendReader.headingText(page, charset, scan.h1Start(), scan.h1End());
        String product;
        if (heading != null) {
            String name = ProductTitle.withoutSuffix(Whitespace.normalize(heading));
            product = name.isEmpty() ? null : name;
        } else {
            product = productName(fragment(page, scan.h1Start(), scan.h1End(), charset).selectFirst(H1_QUERY));
        }
        if (!nutrients) {
            return new PageResult.Legend(product, items);
        }
        if (texts == null) {
            return null; // the block took a parse: so does the profile
        }
        List<Nutrient> profile = ProfileReader.read(page, charset, scan, items, prefix);
        if (profile == ProfileReader.UNSURE || profile == ProfileReader.MORE) {
            return null;
        }
        return new PageResult.Legend(product, items, profile);
    }

    private static Document fragment(byte[] page, int from, int to, Charset charset) {
        return Jsoup.parseBodyFragment(new String(page, from, to - from, charset));
    }

    /** The full path: the whole page as a DOM. */
    static PageResult.Legend fromDocument(String html, boolean nutrients) throws ExtractionException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(html, "");
        Element block = doc.selectFirst(BLOCK_QUERY);
        if (block == null) {
            throw noBlock(endsInBlockStartTag(html));
        }
        if (endsInside(block, doc)) {
            throw truncated();
        }
        Elements spans = block.select(LEGEND_ITEM_QUERY);
        List<LegendItem> items = legendItems(spans);
        String product = productName(doc.selectFirst(H1_QUERY));
        if (!nutrients) {
            return new PageResult.Legend(product, items);
        }
        return new PageResult.Legend(product, items, NutrientProfile.fromDocument(doc, block, spans, items));
    }

    /**
     * Whether the page's text ends inside a start tag that names him_bx: a download cut off in the block's own tag,
     * which no parser keeps (regression test: such a page said "no div#him_bx block", not that it was cut short).
     */
    private static boolean endsInBlockStartTag(String text) {
        int lt = text.lastIndexOf('<');
        return lt >= 0 && text.indexOf('>', lt) < 0 && text.startsWith("<div", lt) && text.indexOf("him_bx", lt) >= 0;
    }

    private static ExtractionException noBlock(boolean cutInItsTag) {
        return new ExtractionException(cutInItsTag ? "truncated: the file ends inside div#him_bx's start tag" : "no div#him_bx block");
    }

    private static ExtractionException truncated() {
        return new ExtractionException("truncated: the file ends inside div#him_bx");
    }

    private static List<LegendItem> legendItems(Element block) throws ExtractionException {
        return legendItems(block.select(LEGEND_ITEM_QUERY));
    }

    private static List<LegendItem> legendItems(Elements spans) throws ExtractionException {
        List<String> texts = new ArrayList<>(spans.size());
        for (Element span : spans) {
            texts.add(span.text());
        }
        return legendItems(texts);
    }

    /** The items read from their texts in page order: an item that does not read, or a name given twice, fails the page. */
    private static List<LegendItem> legendItems(List<String> texts) throws ExtractionException {
        if (texts.isEmpty()) {
            throw new ExtractionException("div#him_bx has no legend items (span.him_bx__legend.pr__fl)");
        }
        List<LegendItem> items = new ArrayList<>(texts.size());
        Set<String> names = new HashSet<>();
        for (String text : texts) {
            LegendItem item = LegendItemParser.parse(text);
            if (!names.add(item.name())) {
                throw new ExtractionException("legend lists " + item.name() + " twice");
            }
            items.add(item);
        }
        return items;
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

    /**
     * The h1 without its child elements ("Яблоко", not "Яблоко <span>— калорийность…</span>") and without
     * the site's title suffix ("Абрикос — химический состав, пищевая ценность" gives "Абрикос"), or null.
     */
    static String productName(Element h1) {
        if (h1 == null) {
            return null;
        }
        String own = Whitespace.normalize(h1.ownText());
        String name = ProductTitle.withoutSuffix(own.isEmpty() ? Whitespace.normalize(h1.text()) : own);
        return name.isEmpty() ? null : name;
    }
}
