package io.nutriscan.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text the way a browser picks the charset: a byte-order mark first, then a
 * charset declared in a {@code <meta>} tag near the top, then UTF-8. Undeclared bytes that are not
 * UTF-8 are an error rather than a page of replacement characters; binary files are refused.
 */
public final class PageDecoder {

    /** How far into the page a {@code <meta charset>} is looked for (browsers use 1024; saved pages push it further). */
    static final int PRESCAN_BYTES = 4096;
    /** A NUL byte this early means the file is not a text page (the same test git and grep use). */
    static final int BINARY_SNIFF_BYTES = 8192;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    public static String decode(byte[] page) throws ExtractionException {
        if (hasByteOrderMark(page)) {
            return decodeWithByteOrderMark(page);
        }
        checkNotBinary(page);
        String declared = declaredCharset(page);
        if (declared != null && !isUtf8(declared)) {
            Charset charset = supported(declared);
            if (charset != null) {
                return lenient(charset, page, 0);
            }
        }
        return strictUtf8(page, declared);
    }

    /**
     * The charset in which the page's markup can be read byte by byte, as {@link #decode} would read it:
     * valid UTF-8, or a declared single-byte charset that agrees with ASCII. Null when only {@link #decode}
     * can decide (a byte-order mark, bytes that are not valid UTF-8, a multi-byte charset). Binary pages
     * are refused exactly as {@link #decode} refuses them.
     */
    static Charset byteReadableCharset(byte[] page) throws ExtractionException {
        if (hasByteOrderMark(page)) {
            return null;
        }
        checkNotBinary(page);
        String declared = declaredCharset(page);
        if (declared != null && !isUtf8(declared)) {
            Charset charset = supported(declared);
            if (charset != null) {
                return isSingleByteAscii(charset) ? charset : null;
            }
        }
        return Utf8.isValid(page) ? StandardCharsets.UTF_8 : null;
    }

    private static final java.util.Map<Charset, Boolean> SINGLE_BYTE_ASCII = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean isSingleByteAscii(Charset charset) {
        return SINGLE_BYTE_ASCII.computeIfAbsent(charset, c -> {
            if (!c.canEncode() || c.newEncoder().maxBytesPerChar() > 1.0f) {
                return false;
            }
            byte[] ascii = new byte[128];
            for (int i = 0; i < 128; i++) {
                ascii[i] = (byte) i;
            }
            String decoded = new String(ascii, c);
            for (int i = 0; i < 128; i++) {
                if (decoded.charAt(i) != i) {
                    return false;
                }
            }
            return true;
        });
    }

    private static boolean hasByteOrderMark(byte[] page) {
        return startsWith(page, 0xEF, 0xBB, 0xBF) || startsWith(page, 0xFE, 0xFF) || startsWith(page, 0xFF, 0xFE);
    }

    private static void checkNotBinary(byte[] page) throws ExtractionException {
        int nul = indexOfNul(page, BINARY_SNIFF_BYTES);
        if (nul >= 0) {
            throw new ExtractionException("binary file, not an HTML page (NUL byte at offset " + nul + ")");
        }
    }

    private static String decodeWithByteOrderMark(byte[] page) {
        if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
            return lenient(StandardCharsets.UTF_8, page, 3);
        }
        if (startsWith(page, 0xFE, 0xFF)) {
            return lenient(StandardCharsets.UTF_16BE, page, 2);
        }
        return lenient(StandardCharsets.UTF_16LE, page, 2);
    }

    /** The charset named by a {@code <meta charset>} or {@code http-equiv} tag in the first bytes, or null. */
    static String declaredCharset(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        // Look at <meta ...> tags only: a case-insensitive regex over the whole head is slow for every page.
        for (int lt = head.indexOf('<'); lt >= 0; lt = head.indexOf('<', lt + 1)) {
            if (head.regionMatches(true, lt + 1, "meta", 0, 4)) {
                int gt = head.indexOf('>', lt);
                Matcher m = META_CHARSET.matcher(head.substring(lt, gt < 0 ? head.length() : gt + 1));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static boolean isUtf8(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("utf-8") || n.equals("utf8");
    }

    /** A usable declared charset, or null. A page cannot declare UTF-16 or UTF-32 in its own markup: browsers read those as UTF-8. */
    private static Charset supported(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.startsWith("UTF16") || n.startsWith("UTF32")) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] page, String declared) throws ExtractionException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(page);
        CharBuffer out = CharBuffer.allocate(page.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            boolean cutAtEnd = result.isMalformed() && offset + result.length() >= page.length;
            if (!cutAtEnd) {
                throw new ExtractionException(notUtf8(declared, offset));
            }
            // A download cut inside the last character: keep the text; the block check reports the cut.
            out.append('\uFFFD');
        }
        out.flip();
        return out.toString();
    }

    private static String notUtf8(String declared, int offset) {
        String what = declared == null ? "no charset declared" : "declared charset " + declared + " is not supported";
        if (declared != null && isUtf8(declared)) {
            what = "declared UTF-8";
        }
        return "not valid UTF-8 (" + what + "; bad byte at offset " + offset + ")";
    }

    private static String lenient(Charset charset, byte[] page, int skip) {
        return new String(page, skip, page.length - skip, charset);
    }

    private static boolean startsWith(byte[] page, int... prefix) {
        if (page.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((page[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] page, int limit) {
        int end = Math.min(page.length, limit);
        for (int i = 0; i < end; i++) {
            if (page[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
