package io.nutriscan.input.warc;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/** Reading a record of a web archive again, later: for a revisit's original, or an archived body a 304 stands for. */
public final class ArchiveRecords {

    /** What is taken from the record while its file is still open (its body is read from the file). */
    public interface Reading<T> {
        T read(WarcRecord record) throws IOException;
    }

    private ArchiveRecords() {
    }

    /**
     * The record of {@code file} that {@code isIt} picks, read by {@code reading}: at {@code position} when the file can
     * be entered there, else from the start (a whole-file gzip cannot be entered in the middle); null when it is not
     * in the file.
     */
    public static <T> T reread(Path file, long position, Predicate<WarcRecord> isIt, Reading<T> reading) throws IOException {
        try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel)) {
            reader.position(position);
            Optional<WarcRecord> record = reader.next();
            if (record.isPresent() && isIt.test(record.get())) {
                return reading.read(record.get());
            }
        } catch (IOException | RuntimeException e) {
            // read from the start below
        }
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (isIt.test(record)) {
                    return reading.read(record);
                }
            }
        }
        return null;
    }

    /** A WARC-Target-URI as written, without the angle brackets some writers (wget) put around it. */
    public static String withoutBrackets(String uri) {
        String target = uri.strip();
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }
}
