package io.nutriscan.engine;

import io.nutriscan.input.web.ExchangeRecorder;
import io.nutriscan.output.Destination;
import io.nutriscan.output.OutputTarget;
import io.nutriscan.output.Outputs;
import io.nutriscan.output.WarcRecorder;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The run's --warc file, written as its output is: replaced atomically when the run is complete and left
 * untouched otherwise; with --resume, appended to (a stopped run keeps the records appended so far, each a
 * whole gzip member). Opened before the run's web session, which records into it; committed by the run.
 */
public final class WarcOutput implements ExchangeRecorder, AutoCloseable {

    private final Path file;
    private final OutputTarget target;
    private final WarcRecorder recorder;
    private boolean committed;
    private boolean closed;

    private WarcOutput(Path file, OutputTarget target, WarcRecorder recorder) {
        this.file = file;
        this.target = target;
        this.recorder = recorder;
    }

    /** {@code append}: the run resumes its output, so the archive is appended to as well. */
    public static WarcOutput open(Path file, boolean append) throws RunFailure {
        OutputTarget target;
        try {
            target = Outputs.fileTarget(Outputs.destination(file, append), append);
        } catch (Destination.Unusable e) {
            throw RunFailure.refused(e.getMessage());
        } catch (IOException e) {
            throw RunFailure.output("write", file, e, true);
        }
        try {
            return new WarcOutput(file, target, new WarcRecorder(target.stream()));
        } catch (IOException e) {
            target.abort();
            throw RunFailure.output("write", file, e, true);
        }
    }

    @Override
    public void response(URI url, Iterable<Map.Entry<String, String>> requestHeaders, int status, String reason,
                         Iterable<Map.Entry<String, String>> responseHeaders, byte[] body) {
        recorder.record(url, requestHeaders, status, reason, responseHeaders, body);
    }

    @Override
    public void notModified(URI url, Iterable<Map.Entry<String, String>> requestHeaders, int status, String reason,
                            Iterable<Map.Entry<String, String>> responseHeaders, URI originalId, URI originalTarget,
                            Instant originalDate) {
        recorder.recordRevisit(url, requestHeaders, status, reason, responseHeaders, originalId, originalTarget, originalDate);
    }

    void commit() throws RunFailure {
        try {
            recorder.check();
            target.commit();
            committed = true;
        } catch (IOException e) {
            throw RunFailure.output("write", file, e, target.untouchedOnFailure());
        }
    }

    /** Leaves the file as it was unless the run committed it; closing again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            target.abort();
        }
        try {
            target.close();
        } catch (Exception e) {
            // aborted or committed already: nothing is left to lose
        }
    }
}
