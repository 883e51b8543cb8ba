package io.nutriscan.extract;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/** The sites nutriscan reads, by name: one line per site. */
public final class Sites {

    /** fitaudit.ru (and its markup): the legend of div#him_bx, the h1, the nutrient profile's tables. */
    public static final Site FITAUDIT = new Site() {
        @Override
        public String name() {
            return "fitaudit";
        }

        @Override
        public SiteExtractor extractor(Charset forcedCharset, boolean nutrients) {
            return new PageExtractor(forcedCharset, nutrients);
        }
    };

    public static final List<Site> ALL = List.of(FITAUDIT);

    public static final Site DEFAULT = FITAUDIT;

    private Sites() {
    }

    public static Optional<Site> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Site::name).toList();
    }
}
