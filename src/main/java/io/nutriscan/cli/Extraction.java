package io.nutriscan.cli;

import io.nutriscan.engine.Pipeline;
import io.nutriscan.input.PageInputs;
import io.nutriscan.input.Problems;
import io.nutriscan.input.Shard;
import io.nutriscan.input.SkipDone;
import io.nutriscan.input.SpooledInputs;
import io.nutriscan.model.PageInput;
import io.nutriscan.output.AtomicFileTarget;
import io.nutriscan.output.Destination;
import io.nutriscan.output.Format;
import io.nutriscan.output.OutputTarget;
import io.nutriscan.output.Outputs;
import io.nutriscan.output.PartSummary;
import io.nutriscan.output.PartWriter;
import io.nutriscan.output.RecordWriter;
import io.nutriscan.output.ResumeLog;
import io.nutriscan.output.Shape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One extraction run from inputs to where its records go, once the command line is understood: a
 * document on stdout or in a file (appended to with --resume), or a shard's part and its summary. The
 * output is committed only when the run is complete; a stop leaves it as {@link #interrupted} says.
 */
final class Extraction {

    private final RunContext context;
    private final Pipeline pipeline;
    private final AtomicInteger stopStatus;
    private final RunReport report;
    private final boolean failFast;

    Extraction(RunContext context, Pipeline pipeline, AtomicInteger stopStatus, RunReport report, boolean failFast) {
        this.context = context;
        this.pipeline = pipeline;
        this.stopStatus = stopStatus;
        this.report = report;
        this.failFast = failFast;
    }

    /** To stdout ({@code output} null) or to a file, in {@code format}. */
    int toOutput(PageInputs inputs, Path output, boolean resume, Format format, Shape shape) throws InterruptedException {
        Iterable<PageInput> todo;
        OutputTarget target;
        Destination destination;
        try {
            destination = Outputs.destination(output, resume);
        } catch (Destination.Unusable e) {
            throw new UsageException(e.getMessage());
        }
        try {
            todo = resume ? skipWhatIsDone(inputs, output) : inputs;
            target = Outputs.target(destination, resume, context.documentOut());
        } catch (IOException e) {
            context.err().println("nutriscan: cannot " + (resume ? "resume from " : "write ") + output + ": "
                    + Problems.describe(e));
            return ExitCodes.OUTPUT_FAILED;
        }
        return write(todo, output, resume, target, () -> Outputs.writer(format, shape, target), writer -> {
        });
    }

    /** --shard: the whole list is spooled to find the slice, which is written as a part with its summary. */
    int toPart(Shard slice, PageInputs inputs, Path outDir) throws InterruptedException {
        Path part = outDir.resolve(PartSummary.partName(slice.index(), slice.of()));
        SpooledInputs spooled;
        try {
            Files.createDirectories(outDir);
            spooled = SpooledInputs.of(inputs, outDir);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            context.err().println("nutriscan: cannot write in " + outDir + ": " + Problems.describe(e));
            return ExitCodes.OUTPUT_FAILED;
        }
        try (spooled) {
            long first = slice.first(spooled.size());
            long count = slice.count(spooled.size());
            report.shard(slice, first, count, spooled.size());
            AtomicFileTarget target = new AtomicFileTarget(part);
            return write(spooled.range(first, count), part, false, target, () -> new PartWriter(target.stream()), writer -> {
                PartSummary summary = ((PartWriter) writer).summary(slice.index(), slice.of(), first, spooled.size(),
                        spooled.digest());
                AtomicFileTarget sidecar = new AtomicFileTarget(outDir.resolve(PartSummary.summaryName(part.getFileName().toString())));
                try (sidecar) {
                    summary.write(sidecar.stream());
                    sidecar.commit();
                }
            });
        } catch (IOException e) {
            context.err().println("nutriscan: cannot write " + part + ": " + Problems.describe(e));
            return ExitCodes.OUTPUT_FAILED;
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

    /** Runs the pipeline into {@code target}: committed when the run is complete, else left as a stop requires. */
    private int write(Iterable<PageInput> todo, Path output, boolean resume, OutputTarget target, WriterFactory writers,
                      AfterCommit afterCommit) throws InterruptedException {
        try (target; RecordWriter writer = writers.create()) {
            writer.begin();
            Pipeline.Outcome outcome = pipeline.run(todo, record -> {
                writer.write(record);
                report.record(record);
                return !(failFast && !record.result().ok());
            });
            if (outcome.stopped() || stopStatus.get() != 0) {
                return interrupted(target, writer, output, resume, stopStatus.get());
            }
            writer.end();
            target.commit();
            afterCommit.run(writer);
            report.summary(outcome.stoppedEarly(), output);
            return report.exitCode();
        } catch (UncheckedIOException | SkipDone.Mismatch e) {
            throw new UsageException(e.getMessage()); // printed after ExtractCommand has stopped the progress line
        } catch (IOException e) {
            report.finished();
            if (output == null && BrokenPipe.is(e)) {
                return report.exitCode();
            }
            context.err().println(WriteFailure.describe("nutriscan", output, e, target.untouchedOnFailure()));
            return ExitCodes.OUTPUT_FAILED;
        }
    }

    /** --resume: the records FILE already holds are counted, and their inputs skipped. */
    private Iterable<PageInput> skipWhatIsDone(PageInputs inputs, Path output) throws IOException {
        try {
            ResumeLog log = ResumeLog.open(output);
            report.alreadyDone(log.records(), log.failed(), output);
            return new SkipDone(inputs, log.sources(), output.toString());
        } catch (ResumeLog.NotResumable e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * A stop signal: a file destination is left as it was; on stdout the records written so far are closed
     * into a valid document, and the exit status says it is incomplete.
     */
    private int interrupted(OutputTarget target, RecordWriter writer, Path output, boolean resume, int status) {
        if (output == null) {
            try {
                writer.end();
                target.commit();
            } catch (IOException ignored) {
                // stdout is gone too; the exit status still says what happened
            }
        } else {
            target.abort();
        }
        report.interrupted(status, output, resume);
        return status;
    }
}
