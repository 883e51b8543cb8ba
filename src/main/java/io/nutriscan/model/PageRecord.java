package io.nutriscan.model;

/** A page result tied to the input it came from: one line of the output. */
public record PageRecord(PageInput input, PageResult result) {

    public String source() {
        return input.source();
    }
}
