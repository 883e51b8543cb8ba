package io.nutriscan.engine;

/** Options that cannot make a run; {@link #reason()} says which rule they break. */
public final class InvalidOptions extends IllegalArgumentException {

    public enum Reason {
        /** Fewer than one page at a time. */
        CONCURRENCY_BELOW_ONE,
        /** A reorder window smaller than the pages processed at once. */
        WINDOW_BELOW_CONCURRENCY,
        /** Fewer than one page parsed at a time. */
        PARSERS_BELOW_ONE,
        /** A page timeout of zero or less. */
        TIMEOUT_NOT_POSITIVE,
        /** A largest page size of zero or less. */
        PAGE_SIZE_NOT_POSITIVE,
        /** Resuming works on a JSON Lines file of the full shape only. */
        RESUME_NEEDS_JSON_LINES,
        /** A part is JSON Lines of the full shape and holds its whole slice. */
        PART_IS_WHOLE_JSON_LINES
    }

    private final Reason reason;

    public InvalidOptions(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
