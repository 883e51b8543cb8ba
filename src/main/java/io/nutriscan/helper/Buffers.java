package io.nutriscan.helper;

/** The size of the buffer of every stream nutriscan reads or writes in bulk: outputs, spools, lists, gzip. */
public final class Buffers {

    public static final int SIZE = 64 << 10;

    private Buffers() {
    }
}
