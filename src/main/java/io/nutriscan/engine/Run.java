package io.nutriscan.engine;

import io.nutriscan.input.PageReader;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.Tally;
import io.nutriscan.output.AtomicFileTarget;
import io.nutriscan.output.BrokenPipe;
import io.nutriscan.output.Destination;
import io.nutriscan.output.OutputTarget;
import io.nutriscan.output.Outputs;
import io.nutriscan.output.RecordWriter;
import io.nutriscan.output.StreamTarget;
import io.nutriscan.resume.ResumeLog;
import io.nutriscan.resume.SkipDone;
import io.nutriscan.shard.PartSummary;
import io.nutriscan.shard.PartWriter;
import io.nutriscan.shard.Shard;
import io.nutriscan.shard.SpooledInputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One extraction run, assembled from its {@link RunOptions}: the inputs (less those a resumed file already
 * holds, or one shard's slice of them), the pipeline, the writer of the format and the target of the
 * destination. The output is committed only when the run is complete; a stop leaves a file as it was (or,
 * resumed, with the records appended so far) and closes a stream's document after the records written.
 * What happens is told to a {@link RunListener}; how it ended is the {@link RunResult}; what kept it from
 * writing its output is a {@link RunFailure}.
 */
public final class Run {

    private final RunOptions options;
    private final RunListener listener;
    private final Pipeline pipeline;
    private volatile int stopStatus;

    public Run(RunOptions options, RunListener listener) {
        this.options = options;
        this.listener = listener;
        Settings settings = options.settings();
        this.pipeline = new Pipeline(settings, new PageWork(new PageReader(options.maxPageSize()),
                options.site().extractor(options.charset(), options.nutrients()), settings.parsers(), options.web()));
    }

    /**
     * Stops the run from another thread (a signal handler): no page is started after it, those started are
     * written, and the run ends interrupted, with {@code status} as its result's signal.
     */
    public void stop(int status) {
        stopStatus = status;
        if (options.web() != null) {
            options.web().cancelAll(); // requests in flight end now, as "stopped" records
        }
        pipeline.stop();
    }

    public RunResult execute() throws RunFailure, InterruptedException {
        try (WarcOutput warc = options.warc()) {
            RunResult result;
            try {
                result = switch (options.output()) {
                    case RunOptions.ToStream stream -> toStream(stream);
                    case RunOptions.ToFile file -> toFile(file);
                    case RunOptions.ToPart part -> toPart(part);
                };
            } catch (UncheckedIOException e) {
                throw RunFailure.input(e.getCause()); // a path list that failed part-way, a spooled list
            } catch (SkipDone.Mismatch e) {
                throw RunFailure.refused(e.getMessage());
            }
            // The archive is committed with a complete run only, as the output is.
            if (warc != null && !result.interrupted() && !result.readerGone()) {
                warc.commit();
            }
            return result;
        } finally {
            if (options.web() != null) {
                options.web().close();
            }
        }
    }

    private RunResult toStream(RunOptions.ToStream stream) throws RunFailure, InterruptedException {
        countAhead();
        StreamTarget target = new StreamTarget(stream.stream(), stream.interactive());
        return write(options.inputs(), null, new Tally(), 0, target,
                () -> Outputs.writer(options.format(), options.shape(), target), writer -> {
                });
    }

    private RunResult toFile(RunOptions.ToFile file) throws RunFailure, InterruptedException {
        Destination destination;
        try {
            destination = Outputs.destination(file.file(), file.resume());
        } catch (Destination.Unusable e) {
            throw RunFailure.refused(e.getMessage());
        }
        Iterable<PageInput> todo = options.inputs();
        Tally tally = new Tally();
        String action = file.resume() ? "resume from" : "write";
        OutputTarget target;
        try {
            if (file.resume()) {
                ResumeLog log = ResumeLog.open(file.file());
                if (log.nutrients() != null && log.nutrients() != options.nutrients()) {
                    throw RunFailure.refused("cannot resume: " + file.file() + (log.nutrients()
                            ? " holds nutrient profiles and this run reads none" : " holds no nutrient profiles and this run reads them")
                            + "; resume it as it was started");
                }
                tally = log.held();
                listener.resumed(log.held(), file.file());
                todo = new SkipDone(todo, log.sources(), file.file().toString());
            }
            target = Outputs.fileTarget(destination, file.resume());
        } catch (ResumeLog.NotResumable e) {
            throw RunFailure.refused(e.getMessage());
        } catch (IOException e) {
            throw RunFailure.output(action, file.file(), e, true);
        }
        countAhead();
        OutputTarget opened = target;
        return write(todo, file.file(), tally, tally.records(), opened, () -> Outputs.writer(options.format(), options.shape(), opened),
                writer -> {
                });
    }

    /** The whole list is spooled to find the slice, which is written as a part with its summary beside it. */
    private RunResult toPart(RunOptions.ToPart part) throws RunFailure, InterruptedException {
        Shard slice = part.shard();
        Path file = part.folder().resolve(PartSummary.partName(slice.index(), slice.of()));
        SpooledInputs spooled;
        try {
            Files.createDirectories(part.folder());
            spooled = SpooledInputs.of(options.inputs(), part.folder());
        } catch (IOException e) {
            throw RunFailure.output("write in", part.folder(), e, true);
        }
        try (spooled) {
            long first = slice.first(spooled.size());
            long count = slice.count(spooled.size());
            listener.total(count);
            listener.shard(slice, first, count, spooled.size());
            AtomicFileTarget target = new AtomicFileTarget(file);
            return write(spooled.range(first, count), file, new Tally(), 0, target, () -> new PartWriter(target.stream()),
                    writer -> {
                        PartSummary summary = ((PartWriter) writer).summary(slice.index(), slice.of(), first, spooled.size(),
                                spooled.digest(), options.nutrients());
                        AtomicFileTarget sidecar = new AtomicFileTarget(
                                part.folder().resolve(PartSummary.summaryName(file.getFileName().toString())));
                        try (sidecar) {
                            summary.write(sidecar.stream());
                            sidecar.commit();
                        }
                    });
        } catch (IOException e) {
            throw RunFailure.output("write", file, e, true);
        }
    }

    @FunctionalInterface
    private interface WriterFactory {
        RecordWriter create() throws IOException;
    }

    @FunctionalInterface
    private interface AfterCommit {
        void run(RecordWriter writer) throws IOException;
    }

    /**
     * Runs the pipeline into {@code target}: committed when the run is complete, else left as a stop requires.
     * {@code tally} starts with the records a resumed file holds ({@code resumed} of them) and is counted on the
     * pipeline's writing thread.
     */
    private RunResult write(Iterable<PageInput> todo, Path file, Tally tally, long resumed, OutputTarget target,
                            WriterFactory writers, AfterCommit afterCommit) throws RunFailure, InterruptedException {
        RunResult result;
        try (target; RecordWriter writer = writers.create()) {
            writer.begin();
            Pipeline.Outcome outcome = pipeline.run(todo, record -> {
                writer.write(record);
                tally.add(record);
                listener.record(record);
                return !(options.failFast() && !record.result().ok());
            });
            int signal = stopStatus;
            if (outcome.stopped() || signal != 0) {
                if (file == null) {
                    // A stream cannot take back what it was given: it gets a complete document of the records so far.
                    writer.end();
                    target.commit();
                } else {
                    target.abort();
                }
                result = result(tally, resumed, false, signal, file, false);
            } else {
                writer.end();
                target.commit();
                afterCommit.run(writer);
                result = result(tally, resumed, outcome.stoppedEarly(), 0, file, false);
            }
        } catch (IOException e) {
            if (file != null || !BrokenPipe.is(e)) {
                throw RunFailure.output("write", file, e, target.untouchedOnFailure());
            }
            result = result(tally, resumed, false, stopStatus, null, true);
        }
        listener.finished(result);
        return result;
    }

    private static RunResult result(Tally tally, long resumed, boolean stoppedAtFailure, int signal, Path writtenTo,
                                    boolean readerGone) {
        return new RunResult(tally.records(), tally.failed(), resumed, stoppedAtFailure, signal, writtenTo, readerGone);
    }

    /** Counts the inputs in a second pass beside the run, so progress can show a total and an ETA. */
    private void countAhead() {
        if (!listener.wantsTotal() || !options.inputs().repeatable()) {
            return;
        }
        Thread.ofVirtual().name("nutriscan-count").start(() -> {
            try {
                long count = 0;
                for (PageInput ignored : options.inputs()) {
                    count++;
                }
                listener.total(count);
            } catch (RuntimeException e) {
                // the run itself reports a list it cannot read; progress goes on without a total
            }
        });
    }
}
