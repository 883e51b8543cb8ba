package io.nutriscan.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class HeadBuffersTest {

    @Test
    void aBufferGivenBackIsTakenAgainUpToTheNumberKept() {
        HeadBuffers buffers = new HeadBuffers(16, 1);
        byte[] first = buffers.take();
        byte[] second = buffers.take();
        assertEquals(16, first.length);
        assertNotSame(first, second, "none free: a new one");
        buffers.give(first);
        buffers.give(second); // beyond the one kept: left to the collector
        assertSame(first, buffers.take());
        assertNotSame(second, buffers.take());
    }
}
