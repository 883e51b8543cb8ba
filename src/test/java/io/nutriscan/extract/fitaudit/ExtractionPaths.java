package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.ExtractionException;
import io.nutriscan.extract.html.PageDecoder;
import io.nutriscan.model.PageResult;

/** The extractor's two paths taken one at a time, for the tests and benchmarks that compare them. */
public final class ExtractionPaths {

    private ExtractionPaths() {
    }

    /** The whole page as a DOM, as {@link PageExtractor#extract} does when the fast path cannot vouch for a page. */
    public static PageResult fullParse(byte[] page) {
        return fullParse(page, false);
    }

    /** The same, with the nutrient profile read too when {@code nutrients}. */
    public static PageResult fullParse(byte[] page, boolean nutrients) {
        if (page.length == 0) {
            return new PageResult.Failure("empty file");
        }
        try {
            return PageExtractor.fromDocument(PageDecoder.decode(page, null), nutrients);
        } catch (ExtractionException e) {
            return new PageResult.Failure(e.getMessage());
        }
    }

    /** Whether the fast path settles this page by itself (so a test cannot pass by quietly falling back). */
    public static boolean fastPathDecides(byte[] page) {
        return fastPathDecides(page, false);
    }

    public static boolean fastPathDecides(byte[] page, boolean nutrients) {
        try {
            return page.length == 0 || PageExtractor.fromFragments(page, null, false, nutrients) != null;
        } catch (ExtractionException e) {
            return true;
        }
    }
}
