package io.nutriscan.extract.html;

/**
 * What a tag name means to the HTML tree builder, as far as a byte-level reader must know to vouch for its answer
 * (what it may rebuild, re-open, close or read differently). Looked up in the {@link TagTable}.
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
}
