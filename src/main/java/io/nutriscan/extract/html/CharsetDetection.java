package io.nutriscan.extract.html;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** Guesses the charset of a page that does not declare it (juniversalchardet: windows-1251, KOI8-R, IBM866, ...). */
public final class CharsetDetection {

    private CharsetDetection() {
    }

    /** The detected charset, or null when the detector is not confident or names one this JVM lacks. */
    public static Charset detect(byte[] page) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(page, 0, page.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        if (name.equalsIgnoreCase("MACCYRILLIC") || name.equalsIgnoreCase("x-mac-cyrillic")) {
            // The detector hears Mac Cyrillic in windows-1251 text whose dashes fall where Mac Cyrillic
            // has letters (0x96, 0x97). The two agree on almost every Cyrillic letter, and saved web pages
            // are windows-1251, not Mac Cyrillic.
            return Charset.forName("windows-1251");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
