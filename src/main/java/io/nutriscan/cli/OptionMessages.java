package io.nutriscan.cli;

import io.nutriscan.engine.InvalidOptions;

/** Why options cannot make a run, said with the flags a user types. */
final class OptionMessages {

    private OptionMessages() {
    }

    static String of(InvalidOptions.Reason reason, int concurrency) {
        return switch (reason) {
            case CONCURRENCY_BELOW_ONE -> "--concurrency must be at least 1";
            case WINDOW_BELOW_CONCURRENCY -> "--window must be at least --concurrency (" + concurrency + ")";
            case PARSERS_BELOW_ONE -> "--concurrency must be at least 1";
            case TIMEOUT_NOT_POSITIVE -> "--page-timeout must be more than zero";
            case PAGE_SIZE_NOT_POSITIVE -> "--max-page-size must be more than zero";
            case RESUME_NEEDS_JSON_LINES -> "--resume needs --format jsonl and -o FILE (and the full shape)";
            case PART_IS_WHOLE_JSON_LINES -> "--shard writes a whole JSON Lines part for 'nutriscan merge'";
        };
    }
}
