package io.nutriscan.extract.fitaudit;

/**
 * The site's product headings end in a fixed suffix, "Абрикос — химический состав, пищевая ценность";
 * the product is what comes before it. Any other heading is the product as it stands.
 */
final class ProductTitle {

    static final String SUFFIX = "химический состав, пищевая ценность";

    private ProductTitle() {
    }

    /** {@code heading} (spaces already folded) without " — SUFFIX" or " – SUFFIX" at its end. */
    static String withoutSuffix(String heading) {
        if (!heading.endsWith(SUFFIX)) {
            return heading;
        }
        int dash = heading.length() - SUFFIX.length() - 2;
        if (dash < 1 || heading.charAt(dash + 1) != ' ' || heading.charAt(dash - 1) != ' ') {
            return heading;
        }
        char c = heading.charAt(dash);
        if (c != '\u2014' && c != '\u2013') {
            return heading;
        }
        return heading.substring(0, dash - 1);
    }
}
