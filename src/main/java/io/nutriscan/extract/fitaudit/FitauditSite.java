package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.Site;
import io.nutriscan.extract.SiteExtractor;

import java.nio.charset.Charset;

/** fitaudit.ru (and its markup): the legend of div#him_bx, the h1, the nutrient profile's tables. */
public final class FitauditSite implements Site {

    @Override
    public String name() {
        return "fitaudit";
    }

    @Override
    public SiteExtractor extractor(Charset forcedCharset, boolean nutrients) {
        return new PageExtractor(forcedCharset, nutrients);
    }
}
