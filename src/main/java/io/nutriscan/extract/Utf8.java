package io.nutriscan.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** A fast check that bytes are well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    static boolean isValid(byte[] a) {
        int i = 0;
        int n = a.length;
        while (i < n) {
            // Runs of ASCII, eight bytes at a time: most of an HTML page.
            while (i + 8 <= n && ((long) LONGS.get(a, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= n) {
                return true;
            }
            int b = a[i] & 0xFF;
            if (b < 0x80) {
                i++;
            } else if (b >= 0xC2 && b <= 0xDF) {
                if (i + 1 >= n || !continuation(a[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (i + 2 >= n) {
                    return false;
                }
                int b1 = a[i + 1] & 0xFF;
                if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || !continuation(a[i + 1]) || !continuation(a[i + 2])) {
                    return false;
                }
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (i + 3 >= n) {
                    return false;
                }
                int b1 = a[i + 1] & 0xFF;
                if ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F) || !continuation(a[i + 1]) || !continuation(a[i + 2])
                        || !continuation(a[i + 3])) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
