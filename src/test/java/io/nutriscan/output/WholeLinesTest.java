package io.nutriscan.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WholeLinesTest {

    @Test
    void passesOnWholeLinesOnlyAndTheRestAtTheEnd() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WholeLines lines = new WholeLines(sink);
        lines.write("[\n{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        lines.flush();
        assertEquals("[\n", sink.toString(StandardCharsets.UTF_8));
        lines.write(",\n{\"b\":2}".getBytes(StandardCharsets.UTF_8));
        assertEquals("[\n{\"a\":1},\n", sink.toString(StandardCharsets.UTF_8));
        lines.write('x');
        lines.write("\n]\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("[\n{\"a\":1},\n{\"b\":2}x\n]\n", sink.toString(StandardCharsets.UTF_8));
        lines.write("tail".getBytes(StandardCharsets.UTF_8));
        lines.close();
        assertEquals("[\n{\"a\":1},\n{\"b\":2}x\n]\ntail", sink.toString(StandardCharsets.UTF_8));
    }
}
