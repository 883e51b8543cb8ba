package io.nutriscan.extract.tinysite;

import io.nutriscan.extract.Site;
import io.nutriscan.extract.SiteExtractor;
import io.nutriscan.model.LegendItem;
import io.nutriscan.model.PageResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up second site, for tests only: {@code <h2 class="item">Oats</h2>} and
 * {@code <ul class="facts"><li data-n="Fat">6.9 g</li>…</ul>}, read with jsoup's DOM, no fast path. It shows that a
 * site is a package of its own behind {@link Site}, run by the engine as it is.
 */
public final class TinySite implements Site {

    @Override
    public String name() {
        return "tiny";
    }

    @Override
    public SiteExtractor extractor(Charset forcedCharset, boolean nutrients) {
        return new SiteExtractor() {
            @Override
            public int headBytes() {
                return 1024;
            }

            @Override
            public PageResult extract(byte[] page, Charset declared) {
                Charset charset = forcedCharset != null ? forcedCharset : declared != null ? declared : StandardCharsets.UTF_8;
                Document doc = Jsoup.parse(new String(page, charset));
                Element item = doc.selectFirst("h2.item");
                List<LegendItem> items = new ArrayList<>();
                for (Element fact : doc.select("ul.facts > li[data-n]")) {
                    String[] parts = fact.text().strip().split("\\s+", 2);
                    try {
                        items.add(new LegendItem(fact.attr("data-n"), Double.parseDouble(parts[0]), parts.length > 1 ? parts[1] : null));
                    } catch (NumberFormatException e) {
                        return new PageResult.Failure("not a number: " + fact.text());
                    }
                }
                if (items.isEmpty()) {
                    return new PageResult.Failure("no ul.facts");
                }
                return new PageResult.Legend(item == null ? null : item.text(), items);
            }
        };
    }
}
