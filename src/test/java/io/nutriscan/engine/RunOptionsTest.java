package io.nutriscan.engine;

import io.nutriscan.engine.InvalidOptions.OutputOption;
import io.nutriscan.engine.InvalidOptions.Reason;
import io.nutriscan.shard.Shard;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where a run's records go, and every rule about which output options go together, checked in one place. */
class RunOptionsTest {

    private static final Path FILE = Path.of("out.jsonl");
    private static final Path PARTS = Path.of("parts");
    private static final Shard SHARD = new Shard(1, 4);

    private static RunOptions.Output output(Shard shard, Path outDir, Path file, boolean resume, Set<OutputOption> given) {
        return RunOptions.output(shard, outDir, file, resume, given, new ByteArrayOutputStream());
    }

    private static InvalidOptions refused(Shard shard, Path outDir, Path file, boolean resume, Set<OutputOption> given) {
        return assertThrows(InvalidOptions.class, () -> output(shard, outDir, file, resume, given));
    }

    @Test
    void aStreamAFileAResumedFileOrAPart() {
        Set<OutputOption> none = EnumSet.noneOf(OutputOption.class);
        assertInstanceOf(RunOptions.ToStream.class, output(null, null, null, false, none));
        assertEquals(new RunOptions.ToFile(FILE, false), output(null, null, FILE, false, EnumSet.of(OutputOption.OUTPUT)));
        assertEquals(new RunOptions.ToFile(FILE, true), output(null, null, FILE, true, EnumSet.of(OutputOption.RESUME)));
        assertEquals(new RunOptions.ToPart(SHARD, PARTS), output(SHARD, PARTS, null, false, none));
    }

    @Test
    void everyRuleSaysWhichOptionBreaksIt() {
        Set<OutputOption> none = EnumSet.noneOf(OutputOption.class);
        assertEquals(Reason.OUT_DIR_NEEDS_SHARD, refused(null, PARTS, null, false, none).reason());
        assertEquals(Reason.SHARD_NEEDS_OUT_DIR, refused(SHARD, null, null, false, none).reason());
        assertEquals(Reason.RESUME_NEEDS_JSON_LINES, refused(null, null, null, true, EnumSet.of(OutputOption.RESUME)).reason());
        for (OutputOption option : OutputOption.values()) {
            InvalidOptions refused = refused(SHARD, PARTS, null, false, EnumSet.of(option));
            boolean document = option == OutputOption.OUTPUT || option == OutputOption.FORMAT || option == OutputOption.SHAPE;
            assertEquals(document ? Reason.SHARD_TAKES_NO_DOCUMENT_OPTION : Reason.SHARD_IS_RERUN_WHOLE, refused.reason(),
                    option.name());
            assertEquals(option, refused.option());
        }
    }
}
