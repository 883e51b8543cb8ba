package io.nutriscan.shard;

import com.fasterxml.jackson.core.JsonGenerator;
import io.nutriscan.helper.Sha256;
import io.nutriscan.model.PageRecord;
import io.nutriscan.model.Tally;
import io.nutriscan.output.RecordCodec;
import io.nutriscan.output.RecordWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/**
 * A shard's part: JSON Lines of the full shape, each record led by its {@code index} in the whole input
 * list, so that a merge can check the parts add up and put every record back in place. Counts what it
 * writes and digests the bytes for the part's {@link PartSummary}.
 */
public final class PartWriter implements RecordWriter {

    private final MessageDigest sha256;
    private final JsonGenerator json;
    private final Tally written = new Tally();

    public PartWriter(OutputStream out) throws IOException {
        this.sha256 = Sha256.newDigest();
        this.json = RecordCodec.generator(new DigestOutputStream(out, sha256));
    }

    @Override
    public void begin() {
    }

    @Override
    public void write(PageRecord record) throws IOException {
        RecordCodec.write(json, record, true);
        json.writeRaw('\n');
        written.add(record);
    }

    @Override
    public void end() throws IOException {
        json.flush();
    }

    /** What was written, once {@link #end()} has flushed it. */
    public PartSummary summary(int shard, int of, long first, long inputs, String inputDigest, boolean nutrients) {
        return new PartSummary(shard, of, first, written.records(), written.ok(), written.failed(), inputs, inputDigest,
                Sha256.name(sha256), nutrients);
    }
}
