package io.nutriscan.extract.html;

/** Folds every kind of Unicode space (NBSP, thin spaces, newlines, tabs) to one ASCII space. */
public final class Whitespace {

    private Whitespace() {
    }

    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Characters that are invisible in print and carry no meaning in a legend. */
    public static boolean isInvisible(int c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Collapses runs of space to one ' ', drops invisible characters, trims both ends. */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (!isInvisible(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
