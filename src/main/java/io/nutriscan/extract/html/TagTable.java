package io.nutriscan.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Tag names looked up straight from the page bytes, ASCII case ignored and with no string made (a page has
 * thousands of tags): one lookup gives a name's {@link TagKind} and, for the names readers tell apart, its
 * {@link TagName}. Every byte-level reader looks names up here.
 */
public final class TagTable {

    private static final int SLOTS = 512;
    private static final byte[][] NAMES = new byte[SLOTS][];
    private static final TagKind[] KINDS = new TagKind[SLOTS];
    private static final TagName[] TAG_NAMES = new TagName[SLOTS];

    static {
        Map<TagKind, String> groups = Map.ofEntries(
                Map.entry(TagKind.DECLINED, "table caption colgroup col tbody thead tfoot tr td th template select frameset "
                        + "frame applet marquee object image isindex keygen menuitem search"),
                Map.entry(TagKind.RETOKENIZING, "math plaintext xmp iframe noembed noframes"),
                Map.entry(TagKind.FORMATTING, "b big code em font i nobr s small strike strong tt u"),
                Map.entry(TagKind.ANCHOR, "a"),
                Map.entry(TagKind.SVG, "svg"),
                Map.entry(TagKind.SVG_SHAPE, "g path circle rect line polyline polygon ellipse use defs symbol lineargradient "
                        + "radialgradient stop clippath mask"),
                Map.entry(TagKind.H1, "h1"),
                Map.entry(TagKind.HEADING, "h2 h3 h4 h5 h6"),
                Map.entry(TagKind.DIV, "div"),
                Map.entry(TagKind.RAW_TEXT, "script style title textarea"),
                Map.entry(TagKind.NOT_IN_BLOCK, "head li dd dt button form"),
                Map.entry(TagKind.DOCUMENT, "html body"),
                Map.entry(TagKind.NOSCRIPT, "noscript"),
                Map.entry(TagKind.SCOPE_CLOSER, "address article aside blockquote center details dialog dir dl fieldset "
                        + "figcaption figure footer header hgroup listing main menu nav ol pre section summary ul"));
        groups.forEach((kind, names) -> {
            for (String name : names.split(" ")) {
                put(name, kind);
            }
        });
        for (TagName name : TagName.values()) {
            if (name != TagName.OTHER && slot(name.markup()) < 0) {
                put(name.markup(), TagKind.OTHER); // p, br, span: told apart, nothing to the tree builder
            }
        }
    }

    private TagTable() {
    }

    private static void put(String name, TagKind kind) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        int slot = hash(bytes, 0, bytes.length) & (SLOTS - 1);
        while (NAMES[slot] != null) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        NAMES[slot] = bytes;
        KINDS[slot] = kind;
        TagName tagName = TagName.OTHER;
        for (TagName candidate : TagName.values()) {
            if (candidate.markup().equals(name)) {
                tagName = candidate;
            }
        }
        TAG_NAMES[slot] = tagName;
    }

    private static int slot(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        return slot(bytes, 0, bytes.length);
    }

    /** Where the tag name in {@code page[from, to)} is in the table, or -1 when it is none of the names known. */
    public static int slot(byte[] page, int from, int to) {
        int slot = hash(page, from, to) & (SLOTS - 1);
        for (byte[] name = NAMES[slot]; name != null; name = NAMES[slot = (slot + 1) & (SLOTS - 1)]) {
            if (equalsIgnoreCase(name, page, from, to)) {
                return slot;
            }
        }
        return -1;
    }

    /** The kind of the name at {@code slot} ({@link #slot}); {@link TagKind#OTHER} for -1. */
    public static TagKind kind(int slot) {
        return slot < 0 ? TagKind.OTHER : KINDS[slot];
    }

    /** The name at {@code slot} ({@link #slot}); {@link TagName#OTHER} for -1 and for names not told apart. */
    public static TagName name(int slot) {
        return slot < 0 ? TagName.OTHER : TAG_NAMES[slot];
    }

    /** The tag name in {@code page[from, to)} lower case, as a raw-text element's end tag is looked for. */
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
