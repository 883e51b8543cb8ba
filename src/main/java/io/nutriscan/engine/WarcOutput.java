package io.nutriscan.engine;

import io.nutriscan.input.web.WarcRecorder;
import io.nutriscan.output.Destination;
import io.nutriscan.output.OutputTarget;
import io.nutriscan.output.Outputs;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The run's --warc file, written as its output is: replaced atomically when the run is complete and left
 * untouched otherwise; with --resume, appended to (a stopped run keeps the records appended so far, each a
 * whole gzip member).
 */
final class WarcOutput implements AutoCloseable {

    private final Path file;
    private final OutputTarget target;
    private final WarcRecorder recorder;
    private boolean committed;

    private WarcOutput(Path file, OutputTarget target, WarcRecorder recorder) {
        this.file = file;
        this.target = target;
        this.recorder = recorder;
    }

    static WarcOutput open(RunOptions options) throws RunFailure {
        Path file = options.warc();
        if (file == null) {
            return new WarcOutput(null, null, null);
        }
        boolean append = options.output() instanceof RunOptions.ToFile to && to.resume();
        OutputTarget target;
        try {
            target = Outputs.fileTarget(Outputs.destination(file, append), append);
        } catch (Destination.Unusable e) {
            throw RunFailure.refused(e.getMessage());
        } catch (IOException e) {
            throw RunFailure.output("write", file, e, true);
        }
        try {
            WarcRecorder recorder = new WarcRecorder(target.stream());
            options.web().recordTo(recorder);
            return new WarcOutput(file, target, recorder);
        } catch (IOException e) {
            target.abort();
            throw RunFailure.output("write", file, e, true);
        }
    }

    void commit() throws RunFailure {
        if (target == null) {
            return;
        }
        try {
            recorder.check();
            target.commit();
            committed = true;
        } catch (IOException e) {
            throw RunFailure.output("write", file, e, target.untouchedOnFailure());
        }
    }

    @Override
    public void close() {
        if (target != null && !committed) {
            target.abort();
        }
        if (target != null) {
            try {
                target.close();
            } catch (Exception e) {
                // aborted or committed already: nothing is left to lose
            }
        }
    }
}
