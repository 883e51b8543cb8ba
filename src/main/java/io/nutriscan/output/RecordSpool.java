package io.nutriscan.output;

import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageInput;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.PageResult;
import io.nutriscan.model.SpoolText;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
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

    private final Path file;
    private final DataOutputStream out;

    RecordSpool(Path folder) throws IOException {
        this.file = Files.createTempFile(folder, ".nutriscan-spool-", ".tmp");
        this.file.toFile().deleteOnExit();
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void add(PageRecord record) throws IOException {
        out.writeLong(record.input().index());
        SpoolText.write(out, record.source());
        switch (record.result()) {
            case PageResult.Legend legend -> {
                out.writeBoolean(true);
                SpoolText.write(out, legend.product());
                out.writeInt(legend.items().size());
                for (LegendItem item : legend.items()) {
                    SpoolText.write(out, item.name());
                    out.writeDouble(item.value());
                    SpoolText.write(out, item.unit());
                }
            }
            case PageResult.Failure failure -> {
                out.writeBoolean(false);
                SpoolText.write(out, failure.reason());
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
                String source = SpoolText.read(in);
                PageResult result;
                if (in.readBoolean()) {
                    String product = SpoolText.read(in);
                    int count = in.readInt();
                    List<LegendItem> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        items.add(new LegendItem(SpoolText.read(in), in.readDouble(), SpoolText.read(in)));
                    }
                    result = new PageResult.Legend(product, items);
                } else {
                    result = new PageResult.Failure(SpoolText.read(in));
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
}
