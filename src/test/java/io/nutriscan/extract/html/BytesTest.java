package io.nutriscan.extract.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The byte searches must agree with the same searches on the bytes as a Latin-1 string, at every offset and bound. */
class BytesTest {

    private static final byte[] ALPHABET = "<</!->-\u0080\u00ffaAiIdD\u0000".getBytes(StandardCharsets.ISO_8859_1);

    private static byte[] randomBytes(SplittableRandom rng) {
        byte[] bytes = new byte[rng.nextInt(40)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = rng.nextInt(5) == 0 ? (byte) rng.nextInt(256) : ALPHABET[rng.nextInt(ALPHABET.length)];
        }
        return bytes;
    }

    @Test
    void searchesAgreeWithStringSearches() {
        SplittableRandom rng = new SplittableRandom(11);
        String[] needles = {"<", "</", "--", "<!--", "-->", "id", "him_bx"};
        for (int k = 0; k < 20_000; k++) {
            byte[] bytes = randomBytes(rng);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int from = rng.nextInt(bytes.length + 3) - 1;
            int to = rng.nextInt(bytes.length + 3) - 1;
            int lo = Math.clamp(from, 0, bytes.length);
            int hi = Math.clamp(to, 0, bytes.length);
            for (String needle : needles) {
                String where = needle + " in " + java.util.HexFormat.of().formatHex(bytes) + " [" + from + ", " + to + ")";
                int expected = lo > hi ? -1 : text.indexOf(needle, lo, hi);
                assertEquals(expected, Bytes.indexOf(bytes, needle, from, to), where);
                assertEquals(expected, Bytes.indexOf(bytes, Bytes.ascii(needle), from, to), where);
                assertEquals(from >= 0 && text.startsWith(needle, from), Bytes.startsWith(bytes, from, Bytes.ascii(needle)), where);
                assertEquals(text.indexOf(needle, Math.max(from, 0)), Bytes.indexOf(bytes, needle, from), where);
                assertEquals(from >= 0 && text.startsWith(needle, from), Bytes.startsWith(bytes, from, needle), where);
                assertEquals(from >= 0 && text.regionMatches(true, from, needle, 0, needle.length()),
                        Bytes.startsWithIgnoreCase(bytes, from, needle), where);
            }
            byte b = ALPHABET[rng.nextInt(ALPHABET.length)];
            int expected = lo > hi ? -1 : text.indexOf(b & 0xFF, lo, hi);
            assertEquals(expected, Bytes.indexOf(bytes, b, from, to));
        }
    }

    @Test
    void findsTheFirstOfManyInEveryPositionOfAWord() {
        for (int at = 0; at < 20; at++) {
            byte[] bytes = new byte[24];
            java.util.Arrays.fill(bytes, (byte) 'x');
            bytes[at] = '<';
            bytes[Math.min(at + 1, 23)] = '<';
            bytes[23] = '<';
            assertEquals(at, Bytes.indexOf(bytes, (byte) '<', 0, bytes.length));
            // A 0x01 just above the match: the borrow trick must not flag a byte before the real one.
            bytes[at] = (byte) ('<' ^ 0x01);
            assertEquals(Math.min(at + 1, 23), Bytes.indexOf(bytes, (byte) '<', 0, bytes.length));
        }
    }

    @Test
    void aWordMaskedToAStringsLengthEqualsThatStringsWordExactlyWhereTheStringStands() {
        byte[] page = "x</span>y</spam><span</td>".getBytes(StandardCharsets.US_ASCII);
        byte[] padded = java.util.Arrays.copyOf(page, page.length + 8);
        for (String s : new String[] {"</span>", "<span", "</td>", "<td"}) {
            long word = Bytes.wordOf(s);
            long mask = Bytes.mask(s.length());
            for (int at = 0; at < page.length; at++) {
                assertEquals(Bytes.startsWith(page, at, Bytes.ascii(s)), (Bytes.word(padded, at) & mask) == word, s + " at " + at);
            }
        }
        assertEquals(-1L, Bytes.mask(8));
        assertEquals(0xFFL, Bytes.mask(1));
    }
}
