package io.nutriscan.extract.fitaudit;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Strings every page of the site states again and again (its nutrients' slugs, its units), as constants found
 * from their bytes: a page makes no string for them, and a map keyed by one finds its hash already computed.
 * A string not among them is read as it stands by the caller.
 */
final class KnownStrings {

    private final String[] strings;
    private final byte[][] bytes;
    /** For each length in bytes, the first string that long (-1: none); for each string, the next as long. */
    private final int[] firstOfLength;
    private final int[] nextOfLength;

    /** {@code strings} as {@code charset} writes them: {@link #of} finds them in pages read in that charset. */
    KnownStrings(Charset charset, String... strings) {
        this.strings = strings;
        this.bytes = new byte[strings.length][];
        int longest = 0;
        for (int k = 0; k < strings.length; k++) {
            bytes[k] = strings[k].getBytes(charset);
            longest = Math.max(longest, bytes[k].length);
        }
        this.firstOfLength = new int[longest + 1];
        this.nextOfLength = new int[strings.length];
        Arrays.fill(firstOfLength, -1);
        for (int k = strings.length - 1; k >= 0; k--) {
            nextOfLength[k] = firstOfLength[bytes[k].length];
            firstOfLength[bytes[k].length] = k;
        }
    }

    /** The known string whose bytes {@code page[from, to)} are, or null. */
    String of(byte[] page, int from, int to) {
        int length = to - from;
        if (length <= 0 || length >= firstOfLength.length) {
            return null;
        }
        for (int k = firstOfLength[length]; k >= 0; k = nextOfLength[k]) {
            byte[] known = bytes[k];
            // From the end: the vitamins differ in their last bytes.
            int i = length - 1;
            while (i >= 0 && page[from + i] == known[i]) {
                i--;
            }
            if (i < 0) {
                return strings[k];
            }
        }
        return null;
    }
}
