package io.nutriscan.extract.html;

import io.nutriscan.extract.ExtractionException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns page bytes into text the way a browser picks the charset: a byte-order mark first, then a
 * charset declared in a {@code <meta>} tag near the top, then UTF-8. Undeclared bytes that are not
 * UTF-8 are an error rather than a page of replacement characters; binary files are refused.
 */
public final class PageDecoder {

    /** How far into the page a {@code <meta charset>} is looked for (browsers use 1024; saved pages push it further). */
    public static final int PRESCAN_BYTES = 4096;
    /** A NUL byte this early means the file is not a text page (the same test git and grep use). */
    public static final int BINARY_SNIFF_BYTES = 8192;

    private PageDecoder() {
    }

    /**
     * How a page's bytes become text: the charset, how many bytes of byte-order mark to skip, and whether
     * every byte is well-formed in it (false only for UTF-8 cut inside its last character).
     */
    public record Decision(Charset charset, int skip, boolean wellFormed) {
        Decision(Charset charset, int skip) {
            this(charset, skip, true);
        }
    }

    public static String decode(byte[] page) throws ExtractionException {
        return decode(page, null);
    }

    /** The page as text; {@code forced}, when not null, is the charset to use whatever the page says. */
    public static String decode(byte[] page, Charset forced) throws ExtractionException {
        Decision d = decide(page, forced);
        return new String(page, d.skip(), page.length - d.skip(), d.charset());
    }

    /**
     * Decides the charset as a browser does: a byte-order mark; then {@code forced}; then a usable charset
     * declared in a {@code <meta>} tag (a declared UTF-8 that the bytes contradict is not trusted); then UTF-8
     * if the bytes are UTF-8 (a download cut inside the last character still counts); then the charset a
     * detector recognises (windows-1251, KOI8-R, ...). Bytes that fit none of these are the page's error.
     */
    public static Decision decide(byte[] page, Charset forced) throws ExtractionException {
        return decide(page, forced, false);
    }

    /** {@code prefix}: the page's first bytes only, so a last character cut short is where the read stopped. */
    public static Decision decide(byte[] page, Charset forced, boolean prefix) throws ExtractionException {
        if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
            return new Decision(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(page, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Decision(Charset.forName("UTF-32BE"), 4);
        }
        if (startsWith(page, 0xFF, 0xFE, 0x00, 0x00)) {
            // Not UTF-16LE: that would be a byte-order mark followed by a NUL character.
            return new Decision(Charset.forName("UTF-32LE"), 4);
        }
        if (startsWith(page, 0xFE, 0xFF)) {
            return new Decision(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(page, 0xFF, 0xFE)) {
            return new Decision(StandardCharsets.UTF_16LE, 2);
        }
        if (forced != null && writesAsciiWithNuls(forced)) {
            // UTF-16 or UTF-32 without a byte-order mark, named by --charset: its NUL bytes are text.
            return new Decision(forced, 0);
        }
        checkNotBinary(page);
        if (forced != null) {
            return new Decision(forced, 0, !forced.equals(StandardCharsets.UTF_8) || Utf8.isValid(page));
        }
        String declared = declaredCharset(page);
        Charset charset = declared == null ? null : supported(declared);
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            return new Decision(charset, 0);
        }
        Utf8.Validity utf8 = Utf8.validity(page);
        if (utf8 != Utf8.Validity.INVALID) {
            return new Decision(StandardCharsets.UTF_8, 0, utf8 == Utf8.Validity.VALID || prefix);
        }
        Charset detected = CharsetDetection.detect(page);
        if (detected != null) {
            return new Decision(detected, 0);
        }
        throw new ExtractionException(notUtf8(declared, firstMalformed(page)));
    }

    /**
     * The charset in which the page's markup can be read byte by byte, as {@link #decode} would read it:
     * UTF-8 (every byte valid), or a single-byte charset that agrees with ASCII. Null when only
     * {@link #decode} can decide (a byte-order mark, a cut last character, a multi-byte charset). Pages
     * that cannot be decoded are refused exactly as {@link #decode} refuses them.
     */
    public static Charset byteReadableCharset(byte[] page, Charset forced) throws ExtractionException {
        return byteReadableCharset(page, forced, false);
    }

    public static Charset byteReadableCharset(byte[] page, Charset forced, boolean prefix) throws ExtractionException {
        Decision d = decide(page, forced, prefix);
        if (d.skip() > 0 || !d.wellFormed()) {
            return null;
        }
        return d.charset().equals(StandardCharsets.UTF_8) || isSingleByteAscii(d.charset()) ? d.charset() : null;
    }

    private static final Map<Charset, Boolean> SINGLE_BYTE_ASCII = new ConcurrentHashMap<>();

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

    private static boolean writesAsciiWithNuls(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        for (byte b : "<".getBytes(charset)) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkNotBinary(byte[] page) throws ExtractionException {
        int nul = Bytes.indexOf(page, (byte) 0, 0, BINARY_SNIFF_BYTES);
        if (nul >= 0) {
            throw new ExtractionException("binary file, not an HTML page (NUL byte at offset " + nul + ")");
        }
    }

    /** The charset named by a {@code <meta charset>} or {@code http-equiv} tag in the first bytes, or null. */
    public static String declaredCharset(byte[] page) {
        int end = Math.min(page.length, PRESCAN_BYTES);
        // What the pattern <meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+) (any case) finds in each
        // <meta ...> tag of the first bytes, read from the bytes: a regex over every page's head costs ~10 us.
        for (int lt = Bytes.indexOf(page, (byte) '<', 0, end); lt >= 0; lt = Bytes.indexOf(page, (byte) '<', lt + 1, end)) {
            if (!Bytes.startsWithIgnoreCase(page, lt + 1, "meta") || (lt + 5 < end && isWordByte(page[lt + 5]))) {
                continue;
            }
            int gt = Bytes.indexOf(page, (byte) '>', lt, end);
            int tagEnd = gt < 0 ? end : gt;
            for (int at = lt + 5; at + 7 <= tagEnd; at++) {
                if (Bytes.startsWithIgnoreCase(page, at, "charset") && !isWordByte(page[at - 1])) {
                    String name = charsetValue(page, at + 7, tagEnd);
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /** After "charset": {@code \s*=\s*["']?\s*} and the name, or null. */
    private static String charsetValue(byte[] page, int from, int end) {
        int i = skipRegexSpace(page, from, end);
        if (i >= end || page[i] != '=') {
            return null;
        }
        i = skipRegexSpace(page, i + 1, end);
        if (i < end && (page[i] == '"' || page[i] == '\'')) {
            i = skipRegexSpace(page, i + 1, end);
        }
        int start = i;
        while (i < end && isCharsetNameByte(page[i])) {
            i++;
        }
        return i > start ? new String(page, start, i - start, StandardCharsets.ISO_8859_1) : null;
    }

    private static int skipRegexSpace(byte[] page, int from, int end) {
        int i = from;
        while (i < end && (page[i] == ' ' || page[i] == '\t' || page[i] == '\n' || page[i] == 0x0B || page[i] == '\f' || page[i] == '\r')) {
            i++;
        }
        return i;
    }

    /** A word character to a regex's {@code \\b} (ASCII only, as in Java 19 and later). */
    private static boolean isWordByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
    }

    private static boolean isCharsetNameByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' || b == '_' || b == ':'
                || b == '-';
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

    /** Where strict UTF-8 decoding first fails. */
    private static int firstMalformed(byte[] page) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(page);
        decoder.decode(in, CharBuffer.allocate(page.length), true);
        return in.position();
    }

    private static String notUtf8(String declared, int offset) {
        String what = declared == null ? "no charset declared" : "declared charset " + declared;
        return "not valid UTF-8 and no charset detected (" + what + "; bad byte at offset " + offset
                + "); give one with --charset";
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
}
