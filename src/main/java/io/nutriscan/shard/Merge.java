package io.nutriscan.shard;

import io.nutriscan.output.Format;
import io.nutriscan.output.OutputTarget;
import io.nutriscan.output.Outputs;
import io.nutriscan.output.RecordWriter;
import io.nutriscan.output.Shape;

import java.io.IOException;

/**
 * Joins the parts of a sharded run into one document: in input order, the bytes one run over the whole list
 * writes in that format and shape. The target is committed only when every record is written.
 */
public final class Merge {

    private Merge() {
    }

    public static void into(PartSet parts, OutputTarget target, Format format, Shape shape) throws IOException {
        try (target; RecordWriter writer = Outputs.writer(format, shape, target)) {
            writer.begin();
            parts.forEach(record -> {
                writer.write(record);
                return true;
            });
            writer.end();
            target.commit();
        }
    }
}
