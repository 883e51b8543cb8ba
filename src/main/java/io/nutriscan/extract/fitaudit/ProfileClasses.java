package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.html.Bytes;
import io.nutriscan.extract.html.TagAttributes;
import java.util.Arrays;

/**
 * The classes {@link ProfileReader} looks for in the site's markup, as bits, and one pass over a class attribute that
 * finds every one of them it holds (ASCII case ignored), and whether a byte of it is '&' or not ASCII.
 */
final class ProfileClasses {

    private ProfileClasses() {
    }

    /** The classes the reader looks for, as bits of {@link Tag#classes}. */
    static final String[] CLASS_NAMES = {"pr__ind_endline", "him_bx__legend_calories", "him_bx__legend", "pr__fl",
        "him_bx__legend_mark", "js__msr_cc", "tbl-name", "bju_tbl", "vitamins_tbl", "minerals_tbl"};
    /** For each length, the first class name that long (-1: none); for each name, the next as long. */
    static final int[] FIRST_OF_LENGTH = new int[32];
    static final int[] NEXT_OF_LENGTH = new int[CLASS_NAMES.length];

    static {
        Arrays.fill(FIRST_OF_LENGTH, -1);
        for (int k = CLASS_NAMES.length - 1; k >= 0; k--) {
            int length = CLASS_NAMES[k].length();
            NEXT_OF_LENGTH[k] = FIRST_OF_LENGTH[length];
            FIRST_OF_LENGTH[length] = k;
        }
    }

    static final int ENDLINE = 1;
    static final int CALORIES = 1 << 1;
    static final int LEGEND = 1 << 2;
    static final int ITEM = 1 << 3;
    static final int MARK = 1 << 4;
    static final int MEASURE = 1 << 5;
    static final int NAME_CELL = 1 << 6;
    static final int[] TABLE_CLASSES = {1 << 7, 1 << 8, 1 << 9};

    /** A byte of the class is '&' or not ASCII. */
    static final int NOT_PLAIN = 1 << 30;

    /** One pass over a class attribute for every class the reader looks for: a tag's class is asked up to five times. */
    static int bits(byte[] p, int from, int to) {
        int bits = 0;
        int i = from;
        while (i < to) {
            while (i < to && TagAttributes.isSpace(p[i])) {
                i++;
            }
            int start = i;
            byte b;
            while (i < to && !TagAttributes.isSpace(b = p[i])) {
                if (b < 0 || b == '&') {
                    bits |= NOT_PLAIN;
                }
                i++;
            }
            int length = i - start;
            for (int k = length < FIRST_OF_LENGTH.length ? FIRST_OF_LENGTH[length] : -1; k >= 0; k = NEXT_OF_LENGTH[k]) {
                if (Bytes.startsWithIgnoreCase(p, start, CLASS_NAMES[k])) {
                    bits |= 1 << k;
                }
            }
        }
        return bits;
    }
}
