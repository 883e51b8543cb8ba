package io.nutriscan.extract.html;

import java.util.Locale;

/**
 * The tag names a byte-level reader tells apart one by one (a table's parts, a link, a span, a paragraph), as the
 * {@link TagTable} gives them; any other name is {@link #OTHER} and known only by its {@link TagKind}.
 */
public enum TagName {
    OTHER,
    A,
    P,
    BR,
    SPAN,
    SVG,
    DIV,
    H1,
    TABLE,
    CAPTION,
    COLGROUP,
    COL,
    TBODY,
    THEAD,
    TFOOT,
    TR,
    TD,
    TH;

    /** A table's own elements: the tree builder moves what is misplaced among them (foster parenting). */
    public boolean tablePart() {
        return compareTo(TABLE) >= 0;
    }

    /** The name as markup writes it, lower case. */
    String markup() {
        return name().toLowerCase(Locale.ROOT);
    }
}
