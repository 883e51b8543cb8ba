package io.nutriscan.resume;

import com.fasterxml.jackson.core.JsonParser;
import io.nutriscan.helper.Buffers;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import io.nutriscan.model.Tally;
import io.nutriscan.output.RecordCodec;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * What an earlier, interrupted JSON Lines run left in its output file, for {@code --resume}. Records are
 * written in input order, so they are the records of a prefix of the inputs: the file is checked line
 * by line, a torn last line (a kill in the middle of a write) is cut off, and the sources are handed
 * back in order so that the same inputs can be skipped and the run can append the rest.
 */
public final class ResumeLog {

    private final Path file;
    private final Tally held;
    private final Boolean nutrients;

    private ResumeLog(Path file, Tally held, Boolean nutrients) {
        this.file = file;
        this.held = held;
        this.nutrients = nutrients;
    }

    /** Reads and repairs {@code file}; a file that does not exist is an empty log. */
    public static ResumeLog open(Path file) throws IOException, NotResumable {
        if (!Files.exists(file)) {
            return new ResumeLog(file, new Tally(), null);
        }
        Tally held = new Tally();
        long goodEnd = 0;
        long offset = 0;
        Boolean nutrients = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), Buffers.SIZE)) {
            byte[] line;
            while ((line = readLine(in)) != null) {
                boolean complete = line.length > 0 && line[line.length - 1] == '\n';
                if (!complete) {
                    break; // a torn last line: cut off below
                }
                PageRecord record = parse(line, held.records() + 1, file);
                if (record.result() instanceof PageResult.Legend legend) {
                    boolean with = legend.nutrients() != null;
                    if (nutrients != null && nutrients != with) {
                        throw new NotResumable(file, held.records() + 1, "has " + (with ? "" : "no ")
                                + "nutrient profile, and an earlier line " + (with ? "has none" : "has one"));
                    }
                    nutrients = with;
                }
                held.add(record);
                offset += line.length;
                goodEnd = offset;
            }
        }
        if (Files.size(file) > goodEnd) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(goodEnd);
                channel.force(true);
            }
        }
        return new ResumeLog(file, held, nutrients);
    }

    /** The records the file holds, and how many of them failed. */
    public Tally held() {
        return new Tally(held.records(), held.failed());
    }

    /** Whether the records hold nutrient profiles (--nutrients); null when no record with values says. */
    public Boolean nutrients() {
        return nutrients;
    }

    /** The sources of the records, in order. */
    public Iterator<String> sources() {
        if (held.records() == 0) {
            return Collections.emptyIterator();
        }
        BufferedReader reader;
        try {
            reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Iterator<>() {
            private long left = held.records();

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public String next() {
                if (left <= 0) {
                    throw new NoSuchElementException();
                }
                try {
                    String line = reader.readLine();
                    left--;
                    if (left == 0) {
                        reader.close();
                    }
                    return parse((line + "\n").getBytes(StandardCharsets.UTF_8), held.records() - left, file).source();
                } catch (IOException | NotResumable e) {
                    throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), new IOException(e));
                }
            }
        };
    }

    private static PageRecord parse(byte[] line, long number, Path file) throws NotResumable {
        try (JsonParser p = RecordCodec.parser(line)) {
            PageRecord record = RecordCodec.read(p);
            if (record == null) {
                throw new NotResumable(file, number, "is empty");
            }
            if (p.nextToken() != null) {
                throw new NotResumable(file, number, "has more than one JSON document");
            }
            return record;
        } catch (RecordCodec.MalformedRecord e) {
            throw new NotResumable(file, number, e.getMessage());
        } catch (IOException e) {
            throw new NotResumable(file, number, "is not valid JSON");
        }
    }

    /** One line, with its '\n' if it has one; null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    /** The file cannot be resumed from: it was not written by a JSON Lines run of the full shape. */
    public static final class NotResumable extends Exception {
        NotResumable(Path file, long line, String what) {
            super("cannot resume from " + file + ": line " + line + " " + what, null, false, false);
        }
    }
}
