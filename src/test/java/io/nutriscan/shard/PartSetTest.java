package io.nutriscan.shard;

import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge's side of a sharded run: parts checked to make one whole list, then read back in input order. */
class PartSetTest {

    @TempDir
    Path folder;
    @TempDir
    Path out;

    private static PageRecord record(long index) {
        PageInput input = new PageInput(index, "p" + index + ".html", new PageInput.Recorded());
        return new PageRecord(input, index % 3 == 2 ? new PageResult.Failure("empty file")
                : new PageResult.Legend("P" + index, List.of(new LegendItem("Жиры", index / 10.0, "г"))));
    }

    /** Writes shard {@code k} of {@code of} over {@code total} inputs as a --shard run does: the part, then its summary. */
    private void writeShard(int k, int of, long total) throws IOException {
        Shard shard = new Shard(k, of);
        String name = PartSummary.partName(k, of);
        PartWriter writer;
        try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            writer = new PartWriter(out);
            for (long i = shard.first(total); i < shard.first(total) + shard.count(total); i++) {
                writer.write(record(i));
            }
            writer.end();
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(PartSummary.summaryName(name)))) {
            writer.summary(k, of, shard.first(total), total, "sha256:list", false).write(out);
        }
    }

    private List<PageRecord> merged() throws Exception {
        List<PageRecord> records = new ArrayList<>();
        PartSet.open(folder).forEach(records::add);
        return records;
    }

    @Test
    void partsComeBackAsOneListInInputOrder() throws Exception {
        for (int k : new int[] {2, 0, 1}) {
            writeShard(k, 3, 10);
        }
        List<PageRecord> records = merged();
        assertEquals(10, records.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(record(i), records.get(i));
        }
        PartSet parts = PartSet.open(folder);
        assertEquals(3, parts.parts());
        assertEquals(10, parts.pages());
        assertEquals(3, parts.failed());
    }

    @Test
    void aSinkThatTakesNoMoreEndsTheReading() throws Exception {
        writeShard(0, 1, 5);
        List<PageRecord> taken = new ArrayList<>();
        PartSet.open(folder).forEach(record -> taken.add(record) && taken.size() < 2);
        assertEquals(2, taken.size());
    }

    @Test
    void aMissingPartIsRefusedWithTheShardToRun() throws Exception {
        writeShard(0, 3, 10);
        writeShard(2, 3, 10);
        PartSet.Refused refused = assertThrows(PartSet.Refused.class, () -> PartSet.open(folder));
        assertTrue(refused.getMessage().startsWith("1 of 3 parts missing: part-00001-of-00003.jsonl"), refused.getMessage());
    }

    @Test
    void aChangedPartIsRefused() throws Exception {
        writeShard(0, 2, 6);
        writeShard(1, 2, 6);
        Path part = folder.resolve(PartSummary.partName(1, 2));
        Files.writeString(part, Files.readString(part).replace("P4", "P5"));
        PartSet.Refused refused = assertThrows(PartSet.Refused.class, () -> PartSet.open(folder));
        assertEquals("part-00001-of-00002.jsonl is not the part its summary describes (changed, cut short or from an earlier "
                + "run): run --shard 1/2 again", refused.getMessage());
    }

    @Test
    void aPartWithoutItsSummaryIsAShardThatDidNotFinish() throws Exception {
        writeShard(0, 1, 3);
        Files.delete(folder.resolve(PartSummary.summaryName(PartSummary.partName(0, 1))));
        PartSet.Refused refused = assertThrows(PartSet.Refused.class, () -> PartSet.open(folder));
        assertTrue(refused.getMessage().contains("its shard did not finish; run --shard 0/1 again"), refused.getMessage());
    }

    @Test
    void aMergeWritesWhatOneRunOverTheWholeListWrites() throws Exception {
        for (int k : new int[] {1, 0, 3, 2}) {
            writeShard(k, 4, 11);
        }
        for (io.nutriscan.output.Format format : io.nutriscan.output.Format.values()) {
            java.io.ByteArrayOutputStream single = new java.io.ByteArrayOutputStream();
            try (io.nutriscan.output.OutputTarget target = io.nutriscan.output.Outputs.documentTarget(null, single);
                 io.nutriscan.output.RecordWriter writer = io.nutriscan.output.Outputs.writer(format, io.nutriscan.output.Shape.FULL, target)) {
                writer.begin();
                for (int i = 0; i < 11; i++) {
                    writer.write(record(i));
                }
                writer.end();
                target.commit();
            }
            Path merged = out.resolve("merged." + format.name().toLowerCase(java.util.Locale.ROOT));
            Merge.into(PartSet.open(folder), io.nutriscan.output.Outputs.documentTarget(merged, null), format,
                    io.nutriscan.output.Shape.FULL);
            assertEquals(single.toString(java.nio.charset.StandardCharsets.UTF_8), Files.readString(merged), format.name());
        }
    }
}
