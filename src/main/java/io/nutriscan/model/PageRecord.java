package io.nutriscan.model;

/**
 * A page result tied to the input it came from: one line of the output. {@code finalUrl}: for a fetched
 * page that redirects led elsewhere, where it was finally found; null otherwise.
 */
public record PageRecord(PageInput input, PageResult result, String finalUrl) {

    public PageRecord(PageInput input, PageResult result) {
        this(input, result, null);
    }

    public String source() {
        return input.source();
    }
}
