package io.nutriscan.output;

import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Records kept on disk until the end of a run, for a format that can only be written once every record
 * has been seen (CSV: its header names every nutrient of every page). Memory stays flat whatever the
 * number of records; the file is deleted when the spool is closed.
 */
final class RecordSpool implements AutoCloseable {

    /** Receives the spooled records, in the order they were added. */
    @FunctionalInterface
    interface RecordConsumer {
        void accept(PageRecord record) throws IOException;
    }

    private final Path file;
    private final DataOutputStream out;

    RecordSpool(Path folder) throws IOException {
        this.file = Files.createTempFile(folder, ".nutriscan-spool-", ".tmp");
        this.file.toFile().deleteOnExit();
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void add(PageRecord record) throws IOException {
        out.writeLong(record.input().index());
        writeText(record.source());
        switch (record.result()) {
            case PageResult.Legend legend -> {
                out.writeBoolean(true);
                writeText(legend.product());
                out.writeInt(legend.items().size());
                for (LegendItem item : legend.items()) {
                    writeText(item.name());
                    out.writeDouble(item.value());
                    writeText(item.unit());
                }
            }
            case PageResult.Failure failure -> {
                out.writeBoolean(false);
                writeText(failure.reason());
            }
        }
    }

    /** Reads every record back, in order. */
    void replay(RecordConsumer consumer) throws IOException {
        out.flush();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                long index;
                try {
                    index = in.readLong();
                } catch (EOFException end) {
                    return;
                }
                String source = readText(in);
                PageResult result;
                if (in.readBoolean()) {
                    String product = readText(in);
                    int count = in.readInt();
                    List<LegendItem> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        items.add(new LegendItem(readText(in), in.readDouble(), readText(in)));
                    }
                    result = new PageResult.Legend(product, items);
                } else {
                    result = new PageResult.Failure(readText(in));
                }
                consumer.accept(new PageRecord(new PageInput(index, source, null, null), result));
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is deleted next
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left in the temporary folder under a name that says what it is; deleted at exit
        }
    }

    private void writeText(String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
