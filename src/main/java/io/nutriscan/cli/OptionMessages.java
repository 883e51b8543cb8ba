package io.nutriscan.cli;

import io.nutriscan.engine.InvalidOptions;

/** Why options cannot make a run, said with the flags a user types. */
final class OptionMessages {

    private OptionMessages() {
    }

    static String of(InvalidOptions invalid, int concurrency) {
        String option = invalid.option() == null ? null : flag(invalid.option());
        return switch (invalid.reason()) {
            case CONCURRENCY_BELOW_ONE -> "--concurrency must be at least 1";
            case WINDOW_BELOW_CONCURRENCY -> "--window must be at least --concurrency (" + concurrency + ")";
            case PARSERS_BELOW_ONE -> "--concurrency must be at least 1";
            case TIMEOUT_NOT_POSITIVE -> "--page-timeout must be more than zero";
            case PAGE_SIZE_NOT_POSITIVE -> "--max-page-size must be more than zero";
            case RESUME_NEEDS_JSON_LINES -> "--resume needs --format jsonl and -o FILE (and the full shape)";
            case PART_IS_WHOLE_JSON_LINES -> "--shard writes a whole JSON Lines part for 'nutriscan merge'";
            case OUT_DIR_NEEDS_SHARD -> "--out-dir is where --shard writes its part: give --shard K/N too";
            case SHARD_NEEDS_OUT_DIR -> "--shard needs --out-dir DIR, the folder that collects the parts";
            case SHARD_TAKES_NO_DOCUMENT_OPTION -> "--shard writes a JSON Lines part for 'nutriscan merge', which takes "
                    + option + " instead";
            case SHARD_IS_RERUN_WHOLE -> option + " does not go with --shard: a part holds its whole slice, and a shard is "
                    + "rerun whole";
        };
    }

    /** The option as a user types it. */
    static String flag(InvalidOptions.OutputOption option) {
        return "--" + option.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
