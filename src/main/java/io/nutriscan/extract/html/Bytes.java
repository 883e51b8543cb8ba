package io.nutriscan.extract.html;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Searches in page bytes for ASCII bytes and strings. Eight bytes at a time: faster than a Latin-1 copy
 * of the page searched with {@code String.indexOf}, with C1 (the launcher's JIT) by about 2.5 times and
 * with C2 too (markup has a '<' every 30 bytes or so, too close for the JDK's vector search to pay off).
 */
public final class Bytes {

    /** Eight page bytes as one long, the first byte lowest (also the UTF-8 check's word). */
    public static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    /** The top bit of each byte of a word. */
    public static final long HIGH_BITS = 0x8080808080808080L;

    private Bytes() {
    }

    /** The first index of {@code b} in {@code a[from, to)}, or -1. */
    public static int indexOf(byte[] a, byte b, int from, int to) {
        int i = Math.max(from, 0);
        int end = Math.min(to, a.length);
        long pattern = ONES * (b & 0xFF);
        for (; i + 8 <= end; i += 8) {
            long w = (long) LONGS.get(a, i) ^ pattern;
            // A high bit for each byte of w that is zero, exact for the lowest such byte (the only one used).
            long zeros = (w - ONES) & ~w & HIGH_BITS;
            if (zeros != 0) {
                break; // the byte is in these eight: C1 has no intrinsic for numberOfTrailingZeros, a loop is faster
            }
        }
        for (; i < end; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    public static int indexOf(byte[] a, byte b, int from) {
        return indexOf(a, b, from, a.length);
    }

    /** The first index at which the ASCII string {@code s} lies wholly within {@code a[from, to)}, or -1. */
    public static int indexOf(byte[] a, String s, int from, int to) {
        int end = Math.min(to, a.length);
        byte first = (byte) s.charAt(0);
        for (int i = indexOf(a, first, from, end - s.length() + 1); i >= 0; i = indexOf(a, first, i + 1, end - s.length() + 1)) {
            if (startsWith(a, i, s)) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of {@code b} before {@code before}, or -1. */
    public static int lastIndexOf(byte[] a, byte b, int before) {
        for (int i = Math.min(before, a.length) - 1; i >= 0; i--) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    public static int indexOf(byte[] a, String s, int from) {
        return indexOf(a, s, from, a.length);
    }

    /** Whether {@code a} holds the ASCII string {@code s} at {@code at}. */
    public static boolean startsWith(byte[] a, int at, String s) {
        if (at < 0 || at > a.length - s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (a[at + k] != (byte) s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} holds the bytes {@code s} at {@code at} (for C1, faster than a String's characters). */
    public static boolean startsWith(byte[] a, int at, byte[] s) {
        if (at < 0 || at > a.length - s.length) {
            return false;
        }
        for (int k = 0; k < s.length; k++) {
            if (a[at + k] != s[k]) {
                return false;
            }
        }
        return true;
    }

    /** The first index at which the bytes {@code s} lie wholly within {@code a[from, to)}, or -1. */
    public static int indexOf(byte[] a, byte[] s, int from, int to) {
        int last = Math.min(to, a.length) - s.length + 1;
        for (int i = indexOf(a, s[0], from, last); i >= 0; i = indexOf(a, s[0], i + 1, last)) {
            if (startsWith(a, i, s)) {
                return i;
            }
        }
        return -1;
    }

    /** The bytes of an ASCII string. */
    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The ASCII string {@code s} (at most eight characters) as {@link #word} reads it, in the low bytes; compare
     * it with a word masked by {@link #mask}.
     */
    public static long wordOf(String s) {
        long w = 0;
        for (int k = s.length() - 1; k >= 0; k--) {
            w = w << 8 | (s.charAt(k) & 0xFF);
        }
        return w;
    }

    /** The low {@code length} bytes of a word. */
    public static long mask(int length) {
        return length >= 8 ? -1L : (1L << (8 * length)) - 1;
    }

    /** The eight bytes of {@code a} at {@code at} as one word, the first lowest; {@code at + 8} must not pass the end. */
    public static long word(byte[] a, int at) {
        return (long) LONGS.get(a, at);
    }

    /** Whether {@code a} holds the lower-case ASCII string {@code s} at {@code at}, ignoring ASCII case. */
    public static boolean startsWithIgnoreCase(byte[] a, int at, String s) {
        if (at < 0 || at > a.length - s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            byte c = a[at + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != (byte) s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
