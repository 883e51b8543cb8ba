package io.nutriscan.shard;

import com.fasterxml.jackson.core.JsonParser;
import io.nutriscan.helper.Buffers;
import io.nutriscan.helper.Sha256;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.RecordSink;
import io.nutriscan.output.AtomicFileTarget;
import io.nutriscan.output.RecordCodec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parts of one sharded run, checked to make the whole input list exactly once before anything is
 * merged: every part has its summary, all come from the same list cut the same way, none is missing or
 * doubled, and each part's bytes are the ones its summary describes. Records are then read back in
 * input order.
 */
public final class PartSet {

    /** The parts do not make one whole input list; the message says what is wrong and what to do. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Path folder;
    private final List<PartSummary> parts;

    private PartSet(Path folder, List<PartSummary> parts) {
        this.folder = folder;
        this.parts = parts;
    }

    public static PartSet open(Path folder) throws IOException, Refused {
        Map<String, int[]> partFiles = new TreeMap<>();
        Set<String> summaryFiles = new TreeSet<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                int[] kn = PartSummary.parsePartName(name);
                String summaryOf = name.endsWith(PartSummary.SUMMARY_SUFFIX)
                        ? name.substring(0, name.length() - PartSummary.SUMMARY_SUFFIX.length()) + ".jsonl" : null;
                if (kn != null && name.equals(PartSummary.partName(kn[0], kn[1]))) {
                    partFiles.put(name, kn);
                } else if (summaryOf != null && PartSummary.parsePartName(summaryOf) != null) {
                    summaryFiles.add(name);
                } else if (name.startsWith("part-") && !name.contains(AtomicFileTarget.PARTIAL_SUFFIX)) {
                    // A copy ("part-00001-of-00004 (1).jsonl") or a renamed part would count twice or not at all.
                    throw new Refused(name + " looks like a part but is not named as one: move it out of " + folder);
                }
            }
        }
        if (partFiles.isEmpty()) {
            throw new Refused("no parts in " + folder + " (part-0000K-of-0000N.jsonl, written by --shard K/N --out-dir "
                    + folder + ")");
        }
        List<PartSummary> parts = new ArrayList<>();
        for (Map.Entry<String, int[]> file : partFiles.entrySet()) {
            String summaryName = PartSummary.summaryName(file.getKey());
            if (!summaryFiles.remove(summaryName)) {
                throw new Refused(file.getKey() + " has no " + summaryName + ": its shard did not finish; run --shard "
                        + file.getValue()[0] + "/" + file.getValue()[1] + " again");
            }
            PartSummary summary;
            try {
                summary = PartSummary.read(folder.resolve(summaryName));
            } catch (IOException e) {
                throw new Refused(summaryName + " is not a part summary: " + e.getMessage());
            }
            if (summary.shard() != file.getValue()[0] || summary.of() != file.getValue()[1]) {
                throw new Refused(file.getKey() + " holds shard " + summary.shard() + "/" + summary.of() + " (a copy under "
                        + "another name?): each shard must be there once, under its own name");
            }
            parts.add(summary);
        }
        if (!summaryFiles.isEmpty()) {
            String orphan = summaryFiles.iterator().next();
            throw new Refused(orphan + " has no part beside it (" + orphan.replace(PartSummary.SUMMARY_SUFFIX, ".jsonl") + ")");
        }
        checkOneWhole(parts);
        for (PartSummary part : parts) {
            checkBytes(folder, part);
        }
        return new PartSet(folder, parts);
    }

    private static void checkOneWhole(List<PartSummary> parts) throws Refused {
        PartSummary model = parts.getFirst();
        for (PartSummary part : parts) {
            if (part.of() != model.of()) {
                throw new Refused("parts of different splits: " + model.partName() + " and " + part.partName()
                        + " (one run's parts only, all of the same N)");
            }
            if (part.nutrients() != model.nutrients()) {
                PartSummary with = part.nutrients() ? part : model;
                PartSummary without = part.nutrients() ? model : part;
                throw new Refused(with.partName() + " holds nutrient profiles and " + without.partName() + " does not: run every "
                        + "shard of one merge the same way (with --nutrients or without)");
            }
            if (!part.inputDigest().equals(model.inputDigest()) || part.inputs() != model.inputs()) {
                throw new Refused(part.partName() + " came from another input list than " + model.partName() + " ("
                        + part.inputs() + " inputs, " + part.inputDigest() + " against " + model.inputs() + ", "
                        + model.inputDigest() + ")");
            }
            Shard shard = new Shard(part.shard(), part.of());
            if (part.first() != shard.first(part.inputs()) || part.pages() != shard.count(part.inputs())
                    || part.ok() + part.failed() != part.pages()) {
                throw new Refused(part.partName() + " does not hold slice " + shard + " of " + part.inputs() + " inputs");
            }
        }
        Set<Integer> present = parts.stream().map(PartSummary::shard).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < model.of(); k++) {
            if (!present.contains(k)) {
                missing.add(PartSummary.partName(k, model.of()));
            }
        }
        if (!missing.isEmpty()) {
            throw new Refused(missing.size() + " of " + model.of() + " parts missing: " + String.join(", ",
                    missing.subList(0, Math.min(5, missing.size()))) + (missing.size() > 5 ? ", ..." : "")
                    + " (run those shards, then merge again)");
        }
        parts.sort(Comparator.comparingInt(PartSummary::shard));
    }

    private static void checkBytes(Path folder, PartSummary part) throws IOException, Refused {
        MessageDigest sha256 = Sha256.newDigest();
        long lines = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(folder.resolve(part.partName())), sha256)) {
            byte[] buffer = new byte[Buffers.SIZE];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        if (!Sha256.name(sha256).equals(part.partDigest()) || lines != part.pages()) {
            throw new Refused(part.partName() + " is not the part its summary describes (changed, cut short or from an "
                    + "earlier run): run --shard " + part.shard() + "/" + part.of() + " again");
        }
    }

    public int parts() {
        return parts.size();
    }

    public long pages() {
        return parts.getFirst().inputs();
    }

    public long failed() {
        return parts.stream().mapToLong(PartSummary::failed).sum();
    }

    /** Every record of every part, in input order, until the sink takes no more; a record out of place is an IOException. */
    public void forEach(RecordSink sink) throws IOException {
        for (PartSummary part : parts) {
            long expected = part.first();
            try (InputStream in = Files.newInputStream(folder.resolve(part.partName()));
                 JsonParser records = RecordCodec.parser(in)) {
                PageRecord record;
                while ((record = next(records, part, expected)) != null) {
                    if (record.input().index() != expected) {
                        throw new IOException(part.partName() + " record " + (expected - part.first() + 1)
                                + (record.input().index() < 0 ? " has no index" : " holds input " + record.input().index())
                                + " where input " + expected + " belongs");
                    }
                    expected++;
                    if (!sink.accept(record)) {
                        return;
                    }
                }
            }
            if (expected != part.first() + part.pages()) {
                throw new IOException(part.partName() + " holds " + (expected - part.first()) + " records, its summary says "
                        + part.pages());
            }
        }
    }

    private static PageRecord next(JsonParser records, PartSummary part, long expected) throws IOException {
        try {
            return RecordCodec.read(records);
        } catch (IOException e) {
            throw new IOException(part.partName() + " record " + (expected - part.first() + 1) + ": " + e.getMessage(), e);
        }
    }
}
