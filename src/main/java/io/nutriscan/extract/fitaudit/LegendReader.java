package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.html.Bytes;
import io.nutriscan.extract.html.CharacterReferences;
import io.nutriscan.extract.html.TagAttributes;
import io.nutriscan.extract.html.TagKind;
import io.nutriscan.extract.html.TagName;
import io.nutriscan.extract.html.TagTable;
import io.nutriscan.extract.html.Tokenizer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of every legend item ({@code span} with classes {@code him_bx__legend} and
 * {@code pr__fl}) straight from the bytes of a block that {@link BlockScanner} has vouched for, and the
 * h1's text, without building a DOM: about a third of the time of parsing the block with jsoup. It reads
 * only the markup the site writes inside an item (text, nested {@code span} and {@code a}, {@code br},
 * comments, a few character references); anything else makes it answer null, and the block is parsed
 * as a fragment instead. What it returns is what jsoup's {@code text()} gives for each item, up to the
 * whitespace folding every item goes through next.
 */
final class LegendReader {

    private final byte[] page;
    private final Charset charset;
    private final TagAttributes attributes;
    private final Tokenizer tokens;
    /** Whether the last tag {@link #tagEnd} read with its class wanted is a legend item. */
    private boolean legendItem;

    private LegendReader(byte[] page, Charset charset) {
        this.page = page;
        this.charset = charset;
        this.attributes = new TagAttributes(page);
        this.tokens = new Tokenizer(page);
    }

    /** The items' texts in page order, or null when only a parse can tell. */
    static List<String> itemTexts(byte[] page, Charset charset, BlockScanner.Scan scan) {
        return new LegendReader(page, charset).items(scan);
    }

    /** The h1's text when it is text alone (no child element), or null when only a parse can tell. */
    static String headingText(byte[] page, Charset charset, int h1Start, int h1End) {
        LegendReader reader = new LegendReader(page, charset);
        int open = reader.tagEnd(h1Start + 3, h1End, false);
        int close = Bytes.lastIndexOf(page, (byte) '<', h1End);
        if (open < 0 || close < open) {
            return null;
        }
        if (Bytes.indexOf(page, (byte) '<', open, close) >= 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        return reader.appendText(text, open, close) ? text.toString() : null;
    }

    private List<String> items(BlockScanner.Scan scan) {
        List<String> texts = new ArrayList<>();
        BlockTags tags = new BlockTags(page, scan);
        int end = scan.blockEnd();
        // Past the block's own start tag: the scanner has read it.
        int pos = tagEnd(scan.blockStart() + 4, end, false);
        if (pos < 0) {
            return null;
        }
        while (pos < end) {
            int lt = tags.next(pos);
            if (lt < 0) {
                break;
            }
            int token = tokens.at(lt, end);
            if (token == Tokenizer.TEXT || token == Tokenizer.SKIPPED) {
                pos = tokens.end; // a '<' that is text; a comment, "</>", "</ x>", "<?php ?>": nothing up to its end
                continue;
            }
            if (token != Tokenizer.TAG) {
                return null; // cut short, or CDATA
            }
            if (tokens.close) {
                pos = tagEnd(tokens.nameEnd, end, false); // an end tag, read to its '>' as the tokenizer does
                if (pos < 0) {
                    return null;
                }
                continue;
            }
            int slot = TagTable.slot(page, tokens.nameStart, tokens.nameEnd);
            if (TagTable.kind(slot) == TagKind.RAW_TEXT) {
                return null; // text that looks like markup
            }
            int tagEnd = tagEnd(tokens.nameEnd, end, TagTable.name(slot) == TagName.SPAN);
            if (tagEnd < 0) {
                return null;
            }
            pos = tagEnd;
            if (legendItem) {
                if (attributes.selfClosing) {
                    return null; // "<span/>": how a parser treats it is not worth guessing
                }
                StringBuilder text = new StringBuilder();
                pos = itemEnd(tagEnd, end, tags.nextScript(), text);
                if (pos < 0) {
                    return null;
                }
                texts.add(text.toString());
            }
        }
        return texts;
    }

    /**
     * Reads one item's content from just after its start tag into {@code text}; returns where its end tag
     * ends, or -1 when the content is more than text, nested spans and links, line breaks and comments.
     */
    private int itemEnd(int from, int end, int nextScript, StringBuilder text) {
        int spans = 0;
        int links = 0;
        int pos = from;
        while (true) {
            int lt = Bytes.indexOf(page, (byte) '<', pos, end);
            if (lt < 0 || lt >= nextScript) {
                return -1;
            }
            if (!appendText(text, pos, lt)) {
                return -1;
            }
            int token = tokens.at(lt, end);
            if (token == Tokenizer.SKIPPED && page[lt + 1] == '!') {
                pos = tokens.end; // a comment: the text on either side is one
                continue;
            }
            if (token != Tokenizer.TAG) {
                return -1;
            }
            boolean close = tokens.close;
            TagName name = TagTable.name(TagTable.slot(page, tokens.nameStart, tokens.nameEnd));
            int tagEnd = tagEnd(tokens.nameEnd, end, !close);
            if (tagEnd < 0 || legendItem || (attributes.selfClosing && name != TagName.BR)) {
                return -1; // an item inside an item is an item of its own as well
            }
            pos = tagEnd;
            if (name == TagName.SPAN) {
                if (!close) {
                    spans++;
                } else if (spans > 0) {
                    spans--;
                } else {
                    return links == 0 ? tagEnd : -1;
                }
            } else if (name == TagName.A) {
                if (close == (links == 0)) {
                    return -1; // a link inside a link, or a stray end tag: the tree builder rearranges those
                }
                links += close ? -1 : 1;
            } else if (name == TagName.BR && !close) {
                text.append(' ');
            } else {
                return -1;
            }
        }
    }

    /** Appends the text in {@code page[from, to)} with its character references; false when it holds one not read here. */
    private boolean appendText(StringBuilder text, int from, int to) {
        int start = text.length();
        text.append(new String(page, from, to - from, charset));
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false; // NUL and other controls: the tree builder drops some of them
            }
            if (c == '&') {
                int semicolon = text.indexOf(";", i);
                if (semicolon < 0 || semicolon - i > 10) {
                    return false;
                }
                String reference = CharacterReferences.decode(text, i + 1, semicolon);
                if (reference == null) {
                    return false;
                }
                text.replace(i, semicolon + 1, reference);
            }
        }
        return true;
    }

    /**
     * Reads a tag's attributes to its '>' ({@link TagAttributes}); returns where the tag ends, -1 when it does
     * not end before {@code end} or its class cannot be read here (see {@link TagAttributes#isPlainAscii}). {@code wantClass}: set {@link #legendItem}
     * to whether the class names both legend classes.
     */
    private int tagEnd(int from, int end, boolean wantClass) {
        int tagEnd = attributes.read(from, end, wantClass ? "class" : null);
        legendItem = false;
        if (tagEnd < 0 || !wantClass || attributes.valueStart < 0) {
            return tagEnd;
        }
        int start = attributes.valueStart;
        int stop = attributes.valueEnd;
        if (!TagAttributes.isPlainAscii(page, start, stop)) {
            return -1; // a reference, or a letter that case folding makes an ASCII one: only a parser reads it
        }
        legendItem = TagAttributes.hasClass(page, start, stop, "him_bx__legend") && TagAttributes.hasClass(page, start, stop, "pr__fl");
        return tagEnd;
    }
}
