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
        PART_IS_WHOLE_JSON_LINES,
        /** A folder for parts, but no shard to write one. */
        OUT_DIR_NEEDS_SHARD,
        /** A shard, but no folder for its part. */
        SHARD_NEEDS_OUT_DIR,
        /** A shard's part is no document: {@link #option()} is a document's option, for the merge to take. */
        SHARD_TAKES_NO_DOCUMENT_OPTION,
        /** A shard holds its whole slice and is rerun whole: {@link #option()} (resume, fail-fast) does not go with it. */
        SHARD_IS_RERUN_WHOLE
    }

    /** The options of a run's output that a rule is about, named for the caller to put in its own words. */
    public enum OutputOption {
        OUTPUT, FORMAT, SHAPE, RESUME, FAIL_FAST
    }

    private final Reason reason;
    private final OutputOption option;

    public InvalidOptions(Reason reason) {
        this(reason, null);
    }

    public InvalidOptions(Reason reason, OutputOption option) {
        super(option == null ? reason.name() : reason.name() + " (" + option.name() + ")");
        this.reason = reason;
        this.option = option;
    }

    public Reason reason() {
        return reason;
    }

    /** The option the rule is about, or null. */
    public OutputOption option() {
        return option;
    }
}
