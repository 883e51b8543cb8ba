package io.nutriscan.engine;

import java.nio.file.Path;

/**
 * How a run ended.
 *
 * @param records          records in the output, those a resumed file already held included
 * @param failed           error records among them
 * @param resumed          records the output held before this run (--resume)
 * @param stoppedAtFailure the run stopped at the first failed page (fail-fast): later inputs were not read
 * @param signal           the exit status of the stop that interrupted the run (130, 143), or 0
 * @param writtenTo        the file or part written, or null for a stream
 * @param readerGone       the stream's reader went away (a closed pipe): the run ended there, as {@code | head} wants
 */
public record RunResult(long records, long failed, long resumed, boolean stoppedAtFailure, int signal, Path writtenTo,
                        boolean readerGone) {

    public boolean interrupted() {
        return signal != 0;
    }
}
