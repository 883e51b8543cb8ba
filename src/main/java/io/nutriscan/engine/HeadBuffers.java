package io.nutriscan.engine;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * The buffers page heads are read into, used again: a run reads thousands of heads of 32 or 64 KiB, and a new
 * array for each is zeroed and collected for nothing. Holds at most {@code kept} free buffers; when none is
 * free, a new one is made.
 */
final class HeadBuffers {

    private final int size;
    private final ArrayBlockingQueue<byte[]> free;

    HeadBuffers(int size, int kept) {
        this.size = size;
        this.free = new ArrayBlockingQueue<>(kept);
    }

    byte[] take() {
        byte[] buffer = free.poll();
        return buffer != null ? buffer : new byte[size];
    }

    /** Gives back a buffer taken here, once nothing reads it any more. */
    void give(byte[] buffer) {
        free.offer(buffer);
    }
}
