package io.nutriscan.extract.html;

import static io.nutriscan.extract.html.Bytes.HIGH_BITS;
import static io.nutriscan.extract.html.Bytes.LONGS;

/** A fast check that bytes are well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
public final class Utf8 {

    private Utf8() {
    }

    public static boolean isValid(byte[] a) {
        return isValid(a, a.length);
    }

    /** What a page's bytes are as UTF-8. */
    public enum Validity {
        VALID,
        /** Valid but for a last character cut short at the end: a download interrupted inside a multi-byte character. */
        CUT_SHORT,
        INVALID
    }

    public static Validity validity(byte[] a) {
        if (isValid(a)) {
            return Validity.VALID;
        }
        int lead = a.length - 1;
        while (lead >= 0 && lead > a.length - 4 && continuation(a[lead])) {
            lead--;
        }
        if (lead < 0) {
            return Validity.INVALID;
        }
        int b = a[lead] & 0xFF;
        int needed = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 1;
        return a.length - lead < needed && isValid(a, lead) ? Validity.CUT_SHORT : Validity.INVALID;
    }

    /** Whether {@code a[0, n)} is valid UTF-8. */
    private static boolean isValid(byte[] a, int n) {
        int i = 0;
        while (i < n) {
            // Eight bytes at a time while they hold only ASCII and two-byte characters (Cyrillic, Greek, accented
            // Latin: nearly all of a page); anything else one character at a time below. carry: the previous
            // word ended with a lead byte, so this one must begin with its continuation.
            long carry = 0;
            while (i + 8 <= n) {
                long w = (long) LONGS.get(a, i);
                long high = w & HIGH_BITS;
                if ((high | carry) == 0) {
                    i += 8;
                    continue;
                }
                // One bit per byte, at the byte's top: 11xxxxxx (a lead), 10xxxxxx (a continuation), 111xxxxx
                // (a lead of three or more bytes, or no UTF-8 byte at all), xxx0000x (C0 and C1 are overlong leads).
                long bit6 = (w << 1) & HIGH_BITS;
                long lead = high & bit6;
                long continuation = high & ~bit6;
                long wide = (w << 2) & lead;
                long payload = (((w & 0x1E1E1E1E1E1E1E1EL) + 0x1E1E1E1E1E1E1E1EL) << 2) & HIGH_BITS;
                // Every continuation must follow a lead and every lead be followed by one (eight bits up, a byte on).
                if ((wide | (lead & ~payload)) != 0 || ((lead << 8) | carry) != continuation) {
                    break;
                }
                carry = lead >>> 56;
                i += 8;
            }
            if (carry != 0) {
                i--; // back to the lead whose continuation the word did not begin with
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
