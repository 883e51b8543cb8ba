package io.nutriscan.extract.html;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast validity check must agree with the JDK's strict UTF-8 decoder on every input. */
class Utf8Test {

    private static boolean jdkSaysValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheJdkOnRandomBytes() {
        SplittableRandom rng = new SplittableRandom(5);
        int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEE,
            0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
        for (int k = 0; k < 300_000; k++) {
            byte[] bytes = new byte[rng.nextInt(14)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (rng.nextInt(4) == 0 ? rng.nextInt(256) : interesting[rng.nextInt(interesting.length)]);
            }
            assertEquals(jdkSaysValid(bytes), Utf8.isValid(bytes), () -> java.util.HexFormat.of().formatHex(bytes));
        }
    }

    /** Long runs of two-byte characters (checked eight bytes at a time), with leads, overlongs and damage mixed in. */
    @Test
    void agreesWithTheJdkOnRunsOfTwoByteCharacters() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            byte[] bytes = new byte[rng.nextInt(48)];
            int i = 0;
            while (i < bytes.length) {
                int kind = rng.nextInt(10);
                if (kind < 6 && i + 1 < bytes.length) {
                    bytes[i++] = (byte) (0xC0 + rng.nextInt(0x20));       // a lead, C0 and C1 included
                    bytes[i++] = (byte) (0x80 + rng.nextInt(0x40));
                } else if (kind < 8) {
                    bytes[i++] = (byte) (' ' + rng.nextInt(90));
                } else {
                    bytes[i++] = (byte) rng.nextInt(256);
                }
            }
            assertEquals(jdkSaysValid(bytes), Utf8.isValid(bytes), () -> java.util.HexFormat.of().formatHex(bytes));
        }
        byte[] cyrillic = "Пищевые волокна жиры белки".repeat(20).getBytes(StandardCharsets.UTF_8);
        assertEquals(true, Utf8.isValid(cyrillic));
        for (int at = 0; at < cyrillic.length; at++) {
            byte[] broken = cyrillic.clone();
            broken[at] = (byte) (broken[at] ^ 0x40);
            assertEquals(jdkSaysValid(broken), Utf8.isValid(broken), "flipped at " + at);
        }
    }

    @Test
    void longAsciiRunsAroundMultiByteCharacters() {
        String text = "a".repeat(17) + "жиры – 0,39 г" + "b".repeat(9) + "\uD83C\uDF4E" + "c".repeat(8);
        assertEquals(true, Utf8.isValid(text.getBytes(StandardCharsets.UTF_8)));
        byte[] cut = java.util.Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), 18);
        assertEquals(false, Utf8.isValid(cut));
    }

    /** Text of every character width, as pages mix them; each byte in turn damaged and each length cut. */
    @Test
    void agreesWithTheJdkOnMixedTextDamagedAtEveryByte() {
        byte[] text = ("<p>Пищевые волокна – 2,4\u00a0г · «жиры» 0,39 г … \uD83C\uDF4E é\u00e8</p>\n").repeat(3)
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(true, Utf8.isValid(text));
        for (int at = 0; at < text.length; at++) {
            for (int flip : new int[] {0x80, 0x40, 0x20, 0xC0}) {
                byte[] broken = text.clone();
                broken[at] = (byte) (broken[at] ^ flip);
                assertEquals(jdkSaysValid(broken), Utf8.isValid(broken), "flipped " + flip + " at " + at);
            }
            byte[] cut = java.util.Arrays.copyOf(text, at);
            assertEquals(jdkSaysValid(cut), Utf8.isValid(cut), "cut at " + at);
        }
    }
}
