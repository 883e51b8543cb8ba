package io.nutriscan.input.sniff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a page saved without a file extension ({@code cache/114512}) from the other files a scraper
 * leaves beside it: after an optional UTF-8 byte-order mark and whitespace, the file must begin with
 * {@code <!doctype html}, {@code <html}, {@code <head} or {@code <!--}, in any case.
 */
public final class HtmlSniff {

    /** Enough for a BOM, a generous run of blank lines and the longest opening looked for. */
    public static final int SNIFF_BYTES = 1024;
    private static final String[] OPENINGS = {"<!doctype html", "<html", "<head", "<!--"};

    private HtmlSniff() {
    }

    public static boolean startsLikeHtml(Path file) {
        if (!Files.isRegularFile(file)) {
            return false; // a FIFO would block the walk; a device is no page
        }
        try (InputStream in = Files.newInputStream(file)) {
            return startsLikeHtml(in.readNBytes(SNIFF_BYTES));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    public static boolean startsLikeHtml(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r' || head[i] == '\f')) {
            i++;
        }
        for (String opening : OPENINGS) {
            if (startsWithIgnoreCase(head, i, opening)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoreCase(byte[] head, int at, String ascii) {
        if (head.length - at < ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            int b = head[at + k];
            if (b >= 'A' && b <= 'Z') {
                b += 32;
            }
            if (b != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
