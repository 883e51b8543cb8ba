package io.nutriscan.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a tag name means to {@link BlockScanner}, looked up straight from the page bytes (any case)
 * without making a string per tag: the scanner meets hundreds of tags on every page.
 */
public enum TagKind {
    OTHER,
    /**
     * Elements whose subtree the tree builder may rebuild: the scanner cannot vouch for a block or an h1 after
     * them, but it still reads every tag, so it can vouch that no block comes at all.
     */
    DECLINED,
    /** Elements after which the bytes are read differently (foreign content, raw text the scanner does not follow). */
    RETOKENIZING,
    /** Elements the tree builder re-opens ("reconstructs") when they are left open or misnested. */
    FORMATTING,
    /** {@code a}: a formatting element that also closes an open {@code a}. */
    ANCHOR,
    SVG,
    /** Plain SVG drawing elements, which do not change how the HTML around them is built. */
    SVG_SHAPE,
    H1,
    /** h2 to h6. */
    HEADING,
    DIV,
    /** Raw text and RCDATA: their content is text up to the matching end tag. */
    RAW_TEXT,
    /** May close elements outside the block (an open li, button or form) or re-enter the document. */
    NOT_IN_BLOCK,
    /** {@code body} and {@code html}: their end tags change how a cut file is read. */
    DOCUMENT,
    /**
     * {@code noscript}: its content is markup, but the tree builder lets no end tag inside it close an element
     * opened outside it; harmless when it closes before the h1 and the block begin (as in the site's head).
     */
    NOSCRIPT,
    /**
     * Elements whose end tag closes everything up to an open one of the same name in scope: inside the block
     * it may close an element opened before the block, and the block with it.
     */
    SCOPE_CLOSER;

    private static final int SLOTS = 512;
    private static final byte[][] NAMES = new byte[SLOTS][];
    private static final TagKind[] KINDS = new TagKind[SLOTS];

    static {
        Map<TagKind, String> groups = Map.ofEntries(
                Map.entry(DECLINED, "table caption colgroup col tbody thead tfoot tr td th template select frameset "
                        + "frame applet marquee object image isindex keygen menuitem search"),
                Map.entry(RETOKENIZING, "math plaintext xmp iframe noembed noframes"),
                Map.entry(FORMATTING, "b big code em font i nobr s small strike strong tt u"),
                Map.entry(ANCHOR, "a"),
                Map.entry(SVG, "svg"),
                Map.entry(SVG_SHAPE, "g path circle rect line polyline polygon ellipse use defs symbol lineargradient "
                        + "radialgradient stop clippath mask"),
                Map.entry(H1, "h1"),
                Map.entry(HEADING, "h2 h3 h4 h5 h6"),
                Map.entry(DIV, "div"),
                Map.entry(RAW_TEXT, "script style title textarea"),
                Map.entry(NOT_IN_BLOCK, "head li dd dt button form"),
                Map.entry(DOCUMENT, "html body"),
                Map.entry(NOSCRIPT, "noscript"),
                Map.entry(SCOPE_CLOSER, "address article aside blockquote center details dialog dir dl fieldset figcaption "
                        + "figure footer header hgroup listing main menu nav ol pre section summary ul"));
        groups.forEach((kind, names) -> {
            for (String name : names.split(" ")) {
                byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
                int slot = hash(bytes, 0, bytes.length) & (SLOTS - 1);
                while (NAMES[slot] != null) {
                    slot = (slot + 1) & (SLOTS - 1);
                }
                NAMES[slot] = bytes;
                KINDS[slot] = kind;
            }
        });
    }

    /** The kind of the tag name in {@code page[from, to)}, ASCII case ignored. */
    public static TagKind of(byte[] page, int from, int to) {
        int slot = hash(page, from, to) & (SLOTS - 1);
        for (byte[] name = NAMES[slot]; name != null; name = NAMES[slot = (slot + 1) & (SLOTS - 1)]) {
            if (equalsIgnoreCase(name, page, from, to)) {
                return KINDS[slot];
            }
        }
        return OTHER;
    }

    /** The name of a raw-text tag as the scanner needs it to find the end tag. */
    public static String lowerCaseName(byte[] page, int from, int to) {
        byte[] lower = new byte[to - from];
        for (int i = from; i < to; i++) {
            lower[i - from] = lower(page[i]);
        }
        return new String(lower, StandardCharsets.ISO_8859_1);
    }

    private static int hash(byte[] a, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = h * 31 + lower(a[i]);
        }
        return h ^ (h >>> 9);
    }

    private static boolean equalsIgnoreCase(byte[] name, byte[] page, int from, int to) {
        if (name.length != to - from) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (name[i] != lower(page[from + i])) {
                return false;
            }
        }
        return true;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
