package io.nutriscan.extract;

import java.nio.charset.Charset;

/**
 * A nutrition site nutriscan reads: its name ({@code --site NAME}) and how a run reads its pages. A new site is a
 * new package with its implementation and one line in {@link Sites}; the engine, the inputs and the outputs stay
 * as they are.
 */
public interface Site {

    /** The name {@code --site} takes: lower case, no spaces. */
    String name();

    /**
     * The extractor of one run: {@code forcedCharset} reads every page in that charset whatever it declares (null:
     * decide per page); {@code nutrients}: read each page's whole nutrient profile too, where the site has one.
     */
    SiteExtractor extractor(Charset forcedCharset, boolean nutrients);
}
