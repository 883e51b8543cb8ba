package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.html.Bytes;
import io.nutriscan.extract.html.TagAttributes;
import io.nutriscan.extract.html.TagKind;
import io.nutriscan.extract.html.TagName;
import io.nutriscan.extract.html.TagTable;
import io.nutriscan.extract.html.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Finds {@code div#him_bx} and the first {@code h1} in page bytes without building a DOM: it reads the page's
 * tokens with the {@link Tokenizer} (comments, raw-text elements, attributes and quoting) and counts {@code div}
 * nesting to find where the block closes. It only answers when the answer is certain to be what the
 * full HTML tree builder would give; any markup whose tree the tree builder might rearrange (tables,
 * templates, foreign content beyond simple SVG, misnested formatting elements, …) makes it answer
 * {@link #UNSURE}, and the caller parses the whole page instead.
 */
final class BlockScanner {

    /**
     * Where things are, as byte offsets: {@code blockEnd} is -1 when the file ends inside the block.
     * {@code scripts} holds start and end pairs of the {@code script} and {@code style} elements inside the
     * block: they hold no text and close nothing, so the block reads the same with them emptied.
     * {@code paragraphBefore}: a {@code p.pr__ind_endline} (the nutrient paragraph) comes before the block.
     */
    record Scan(int blockStart, int blockEnd, int h1Start, int h1End, int[] scripts, int scriptCount,
                boolean paragraphBefore) {
        boolean found() {
            return blockStart >= 0;
        }

        boolean truncated() {
            return blockStart >= 0 && blockEnd < 0;
        }

        boolean hasH1() {
            return h1Start >= 0 && h1End > h1Start;
        }

        /**
         * The block's bytes with its scripts and styles emptied, decoded: the elements stay (jsoup's text()
         * counts them as breaks, and their tags keep the text on either side apart), their content goes.
         */
        String blockText(byte[] page, Charset charset) {
            if (scriptCount == 0) {
                return new String(page, blockStart, blockEnd - blockStart, charset);
            }
            ByteArrayOutputStream kept = new ByteArrayOutputStream(blockEnd - blockStart);
            int from = blockStart;
            for (int k = 0; k < scriptCount; k += 2) {
                kept.write(page, from, scripts[k] - from);
                byte[] empty = page[scripts[k] + 2] == 't' || page[scripts[k] + 2] == 'T' ? EMPTY_STYLE : EMPTY_SCRIPT;
                kept.write(empty, 0, empty.length);
                from = scripts[k + 1];
            }
            kept.write(page, from, blockEnd - from);
            return kept.toString(charset);
        }
    }

    private static final byte[] EMPTY_SCRIPT = "<script></script>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_STYLE = "<style></style>".getBytes(StandardCharsets.US_ASCII);

    /** The scan cannot vouch for its answer. */
    static final Scan UNSURE = null;

    private final byte[] page;
    private final int n;
    private final TagAttributes attributes;
    private final Tokenizer tokens;

    private BlockScanner(byte[] page) {
        this.page = page;
        this.n = page.length;
        this.attributes = new TagAttributes(page);
        this.tokens = new Tokenizer(page);
    }

    static Scan scan(byte[] page) {
        return new BlockScanner(page).run();
    }

    private Scan run() {
        ArrayDeque<String> formatting = new ArrayDeque<>();
        int[] scripts = new int[8];
        int scriptCount = 0;
        int scriptStart = -1;
        int noscriptDepth = 0;
        int h1Start = -1;
        int h1End = -1;
        boolean inH1 = false;
        boolean bodyClosed = false;
        int blockStart = -1;
        int divDepth = 0;
        int svgDepth = 0;
        boolean declined = false;
        boolean paragraphBefore = false;
        int pos = 0;
        scan:
        while (true) {
            int lt = Bytes.indexOf(page, (byte) '<', pos);
            if (lt < 0) {
                break;
            }
            int token = tokens.at(lt, n);
            if (token == Tokenizer.AT_END) {
                break;
            }
            if (token == Tokenizer.UNSURE) {
                return UNSURE;
            }
            if (token != Tokenizer.TAG) {
                pos = tokens.end;
                continue;
            }
            boolean end = tokens.close;
            int nameStart = tokens.nameStart;
            int nameEnd = tokens.nameEnd;
            int slot = TagTable.slot(page, nameStart, nameEnd);
            TagKind kind = TagTable.kind(slot);
            int tagEnd = readAttributes(nameEnd, !end && kind == TagKind.DIV && blockStart < 0);
            if (tagEnd == TAG_AT_EOF) {
                break;
            }
            if (tagEnd == Tokenizer.UNSURE_POS) {
                return UNSURE;
            }
            pos = tagEnd;
            if (!end && blockStart < 0 && TagTable.name(slot) == TagName.P) {
                paragraphBefore |= isNutrientParagraph(nameEnd);
            }
            if (kind == TagKind.RETOKENIZING) {
                return UNSURE;
            }
            if (kind == TagKind.DECLINED) {
                if (blockStart >= 0) {
                    return UNSURE;
                }
                // The tree may be rebuilt from here on, but not the tokens: a page whose tokens hold no
                // div#him_bx start tag has no block, and a page without a block needs no full parse to say so.
                declined = true;
                continue;
            }
            if (svgDepth > 0) {
                if (kind == TagKind.SVG) {
                    svgDepth += end ? -1 : (attributes.selfClosing ? 0 : 1);
                } else if (kind != TagKind.SVG_SHAPE) {
                    return UNSURE;
                }
                continue;
            }
            if (declined && kind != TagKind.RAW_TEXT && kind != TagKind.SVG) {
                if (!end && kind == TagKind.DIV && tagHimBx) {
                    return UNSURE;
                }
                continue;
            }
            switch (kind) {
                case SVG -> {
                    if (!end) {
                        svgDepth = attributes.selfClosing ? 0 : 1;
                    }
                    continue;
                }
                case RAW_TEXT -> {
                    if (!end && attributes.selfClosing) {
                        return UNSURE; // "<script/>": jsoup closes it at once, a browser reads on as script
                    }
                    if (!end) {
                        String name = TagTable.lowerCaseName(page, nameStart, nameEnd);
                        pos = Tokenizer.rawTextClose(page, name, pos, n);
                        if (pos == Tokenizer.UNSURE_POS) {
                            return UNSURE;
                        }
                        if (pos < 0) {
                            break scan;
                        }
                        // Its end tag is the next tag read.
                        scriptStart = blockStart >= 0 && (name.equals("script") || name.equals("style")) ? lt : -1;
                    } else if (scriptStart >= 0) {
                        if (scriptCount == scripts.length) {
                            scripts = Arrays.copyOf(scripts, scripts.length * 2);
                        }
                        scripts[scriptCount++] = scriptStart;
                        scripts[scriptCount++] = pos;
                        scriptStart = -1;
                    }
                    continue;
                }
                case ANCHOR, FORMATTING -> {
                    String name = kind == TagKind.ANCHOR ? "a" : TagTable.lowerCaseName(page, nameStart, nameEnd);
                    if (!end) {
                        if (kind == TagKind.ANCHOR && formatting.contains("a")) {
                            return UNSURE;
                        }
                        formatting.push(name);
                    } else if (!formatting.isEmpty() && formatting.peek().equals(name)) {
                        formatting.pop();
                    } else if (formatting.contains(name)) {
                        return UNSURE;
                    }
                    continue;
                }
                case NOSCRIPT -> {
                    if (blockStart >= 0 || inH1) {
                        return UNSURE;
                    }
                    noscriptDepth = end ? Math.max(0, noscriptDepth - 1) : noscriptDepth + 1;
                    continue;
                }
                case DOCUMENT -> {
                    if (blockStart >= 0) {
                        return UNSURE;
                    }
                    if (end) {
                        // After these, a block that the file cuts short may not count as cut: leave that to the full parse.
                        bodyClosed = true;
                    }
                    continue;
                }
                default -> {
                }
            }
            if (blockStart < 0) {
                if (inH1 && end && (kind == TagKind.SCOPE_CLOSER || kind == TagKind.DIV || kind == TagKind.NOT_IN_BLOCK)) {
                    // "</header>" in the h1: it may close an element opened before the h1, and the h1 with it.
                    return UNSURE;
                }
                if (kind == TagKind.H1 || kind == TagKind.HEADING) {
                    if (!end && inH1) {
                        return UNSURE;
                    }
                    if (!end && kind == TagKind.H1 && h1Start < 0) {
                        if (!formatting.isEmpty() || noscriptDepth > 0) {
                            return UNSURE;
                        }
                        h1Start = lt;
                        inH1 = true;
                    } else if (end && inH1) {
                        h1End = pos;
                        inH1 = false;
                    }
                } else if (!end && kind == TagKind.DIV && tagHimBx) {
                    if (!formatting.isEmpty() || inH1 || bodyClosed || noscriptDepth > 0) {
                        return UNSURE;
                    }
                    blockStart = lt;
                    divDepth = 1;
                }
                continue;
            }
            // Inside the block.
            if (kind == TagKind.NOT_IN_BLOCK) {
                return UNSURE;
            }
            if (end && (kind == TagKind.H1 || kind == TagKind.HEADING || kind == TagKind.SCOPE_CLOSER)) {
                // "</section>", "</h2>": it may close an element left open before the block, and the block with it.
                return UNSURE;
            }
            if (kind == TagKind.DIV) {
                divDepth += end ? -1 : 1;
                if (divDepth == 0) {
                    return new Scan(blockStart, pos, h1Start, h1End, scripts, scriptCount, paragraphBefore);
                }
            }
        }
        // The end of the file.
        return new Scan(blockStart, -1, h1Start, inH1 ? -1 : h1End, scripts, 0, paragraphBefore);
    }

    /** Whether the p whose attributes start at {@code from} is the nutrient paragraph, or may be (a reference in its class). */
    private boolean isNutrientParagraph(int from) {
        attributes.read(from, n, "class");
        int start = attributes.valueStart;
        int end = attributes.valueEnd;
        return start >= 0 && (!TagAttributes.isPlainAscii(page, start, end)
                || TagAttributes.hasClass(page, start, end, "pr__ind_endline"));
    }

    private static final int TAG_AT_EOF = -1;
    /** id="him_bx" on the last tag {@link #readAttributes} read (its self-closing '/' is in {@link #attributes}). */
    private boolean tagHimBx;

    /**
     * Reads a tag's attributes to its '>' ({@link TagAttributes}). Returns where the tag ends, {@link #TAG_AT_EOF}
     * at the end of the file, {@link #Tokenizer.UNSURE_POS} for an id only the full parse can read. {@code wantId}: note
     * id="him_bx".
     */
    private int readAttributes(int from, boolean wantId) {
        int end = attributes.read(from, n, wantId ? "id" : null);
        if (end < 0) {
            return TAG_AT_EOF;
        }
        int start = attributes.valueStart;
        tagHimBx = false;
        if (wantId && start >= 0) {
            if (Bytes.indexOf(page, (byte) '&', start, attributes.valueEnd) >= 0) {
                return Tokenizer.UNSURE_POS; // a character reference in the id: only the full parse decodes it
            }
            tagHimBx = attributes.valueEnd - start == 6 && Bytes.startsWith(page, start, "him_bx");
        }
        return end;
    }
}
