package io.nutriscan.shard;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Text in the spool files (the spooled input list, the CSV record spool): a length, then UTF-8; -1 for null. */
public final class SpoolText {

    private SpoolText() {
    }

    public static void write(DataOutputStream out, String text) throws IOException {
        writeBytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes as text is written: a length, then the bytes; -1 for null. {@link #skip} skips them too. */
    public static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : in.readNBytes(length);
    }

    public static String read(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    public static void skip(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length > 0) {
            in.skipNBytes(length);
        }
    }
}
