package io.nutriscan.extract.html;

import io.nutriscan.extract.ExtractionException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {

    @Test
    void readsDeclaredCharsetsFromMetaTags() {
        assertEquals("utf-8", PageDecoder.declaredCharset(bytes("<meta charset=\"utf-8\">")));
        assertEquals("windows-1251", PageDecoder.declaredCharset(bytes("<META http-equiv=Content-Type content='text/html; charset=windows-1251'>")));
        assertEquals("KOI8-R", PageDecoder.declaredCharset(bytes("<meta charset = KOI8-R />")));
        assertEquals(null, PageDecoder.declaredCharset(bytes("<p>charset=utf-8</p>")));
    }

    /** The rule the byte-level search follows, as a regex: each {@code <meta} tag up to its first '>'. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private static String byRegex(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, PageDecoder.PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
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

    @Test
    void findsTheDeclaredCharsetAsTheRegexDoes() {
        String[] parts = {"<meta", "<META", "<metax", "<meta\u00e9", " ", "\t", "\u000b", "charset", "CHARSET", "xcharset", "\u00e9charset",
            "=", " = ", "\"", "'", "utf-8", "windows-1251", "koi8_r", "a.b:c", "é", ">", "/>", "<", "content=\"text/html; ", "http-equiv=x "};
        SplittableRandom rng = new SplittableRandom(5);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder page = new StringBuilder();
            for (int k = 0, len = 1 + rng.nextInt(12); k < len; k++) {
                page.append(parts[rng.nextInt(parts.length)]);
            }
            byte[] bytes = page.toString().getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(byRegex(bytes), PageDecoder.declaredCharset(bytes), page.toString());
        }
    }

    @Test
    void decodesDeclaredSingleByteCharsets() throws ExtractionException {
        byte[] koi8 = ("<meta charset=koi8-r><p>жиры</p>").getBytes(Charset.forName("KOI8-R"));
        assertTrue(PageDecoder.decode(koi8).contains("жиры"));
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws ExtractionException {
        byte[] text = "<p>жиры – 1 г</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] page = new byte[text.length + 2];
        page[0] = (byte) 0xFF;
        page[1] = (byte) 0xFE;
        System.arraycopy(text, 0, page, 2, text.length);
        assertEquals("<p>жиры – 1 г</p>", PageDecoder.decode(page));
    }

    @Test
    void unknownDeclaredCharsetFallsBackToUtf8() throws ExtractionException {
        assertTrue(PageDecoder.decode(bytes("<meta charset=x-no-such-thing><p>жиры</p>")).contains("жиры"));
    }

    @Test
    void bytesThatAreNeitherUtf8NorADetectableCharsetAreAnError() {
        byte[] page = new byte[400];
        new java.util.Random(1).nextBytes(page);
        for (int i = 0; i < page.length; i++) {
            page[i] = page[i] == 0 ? 1 : page[i];
        }
        ExtractionException e = assertThrows(ExtractionException.class, () -> PageDecoder.decode(page));
        assertTrue(e.getMessage().startsWith("not valid UTF-8 and no charset detected (no charset declared; bad byte at offset "),
                e.getMessage());
    }

    private static final String RUSSIAN = "<html><body><h1>Молоко, отварной продукт</h1><div id=him_bx>жиры – 1,2 г, белки – 3 г,"
            + " пищевые волокна – 0 г</div><p>Очень люблю этот продукт, ем его почти каждый день. Подскажите, а сколько здесь"
            + " сахара на 100 грамм?</p></body></html>";

    @Test
    void undeclaredWindows1251AndKoi8RAreDetected() throws ExtractionException {
        assertEquals(RUSSIAN, PageDecoder.decode(RUSSIAN.getBytes(Charset.forName("windows-1251"))));
        String koi8 = RUSSIAN.replace('–', '-');
        assertEquals(koi8, PageDecoder.decode(koi8.getBytes(Charset.forName("KOI8-R"))));
        assertEquals(RUSSIAN, PageDecoder.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aForcedCharsetWinsOverWhatThePageSays() throws ExtractionException {
        byte[] page = ("<meta charset=utf-8>" + RUSSIAN).getBytes(Charset.forName("windows-1251"));
        assertTrue(PageDecoder.decode(page, Charset.forName("windows-1251")).contains("пищевые волокна"));
    }

    /** Regression test for "--charset UTF-16BE on a page without a byte-order mark: binary file". */
    @Test
    void utf16WithoutAByteOrderMarkIsReadWhenNamedAndStillRefusedWhenNot() throws ExtractionException {
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, Charset.forName("UTF-32")}) {
            byte[] page = ("<p>" + RUSSIAN).getBytes(utf16);
            assertEquals("<p>" + RUSSIAN, PageDecoder.decode(page, utf16));
            ExtractionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExtractionException.class,
                    () -> PageDecoder.decode(page, null));
            assertTrue(refused.getMessage().startsWith("binary file"), refused.getMessage());
        }
    }

    /** Regression test for "a UTF-32LE byte-order mark (FF FE 00 00) was read as UTF-16LE's". */
    @Test
    void utf32ByteOrderMarksAreToldFromUtf16Ones() throws ExtractionException {
        for (String name : new String[] {"X-UTF-32LE-BOM", "X-UTF-32BE-BOM"}) {
            byte[] page = ("<p>" + RUSSIAN).getBytes(Charset.forName(name));
            assertEquals("<p>" + RUSSIAN, PageDecoder.decode(page, null), name);
        }
        assertEquals("<p>" + RUSSIAN, PageDecoder.decode(("\uFEFF<p>" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE), null));
    }

    @Test
    void aSequenceCutAtTheEndIsKeptForTheTruncationCheck() throws ExtractionException {
        byte[] full = bytes("<p>ж");
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        assertEquals("<p>\uFFFD", PageDecoder.decode(cut));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
