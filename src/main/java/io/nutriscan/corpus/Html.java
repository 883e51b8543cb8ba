package io.nutriscan.corpus;

import java.util.SplittableRandom;

/** The site furniture around the nutrient block: filler that makes pages as heavy as real ones, and look-alikes of legend data. */
final class Html {

    private static final String[] BLOCKS = {"hdr", "nav", "pr", "him_bx", "tbl", "rel", "cmnt", "ftr", "btn", "tabs"};

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Inline script, some of which talks about the legend markup itself. */
    static String js(SplittableRandom rng, int bytes) {
        StringBuilder out = new StringBuilder("document.querySelectorAll('#him_bx .js__msr_cc').forEach(function(el)"
                + "{el.title=el.textContent.replace('.',',')+'&nbsp;г'});\n");
        while (out.length() < bytes) {
            out.append("window.__FA_CFG.").append(BLOCKS[rng.nextInt(BLOCKS.length)]).append('_').append(rng.nextInt(1000))
                    .append('=').append(rng.nextInt(1 << 20)).append(";\n");
        }
        return out.toString();
    }

    /** The site's category menu before the h1: lists of links, as heavy as asked. */
    static String menu(SplittableRandom rng, int bytes) {
        StringBuilder out = new StringBuilder("<nav class=\"pr__menu\">\n<ul class=\"menu\">\n");
        while (out.length() < bytes) {
            out.append("\t<li class=\"menu__item\"><a href=\"https://fitaudit.ru/categories/").append(rng.nextInt(1000))
                    .append("\">").append(escape(PageGenerator.PRODUCTS[rng.nextInt(PageGenerator.PRODUCTS.length)]))
                    .append("</a><span class=\"menu__arrow\">⤵</span>\n\t\t</li\n\t>\n");
        }
        return out.append("</ul>\n</nav>\n").toString();
    }

    /**
     * What follows the tables on a product page: descriptions, related products, a daily-norms table
     * (numbers without {@code data-fa}, not nutrients), comments and scripts, as heavy as asked.
     */
    static String filler(SplittableRandom rng, int bytes, String eol) {
        StringBuilder out = new StringBuilder("<h2 class=\"pr__brick\">Суточные нормы</h2>\n<table class=\"tbl norm_tbl\"><tbody>\n");
        out.append("<tr><td class=\"tbl-name\"><a href=\"https://fitaudit.ru/nutrients/protein\">Белки</a></td><td class=\"tbl-value\">75 г</td></tr>\n")
                .append("<tr><td class=\"tbl-name\"><a href=\"https://fitaudit.ru/nutrients/vitamin_c\">Витамин C</a></td><td class=\"tbl-value\">90 мг</td></tr>\n")
                .append("</tbody></table>\n");
        int rest = Math.max(0, bytes - out.length());
        out.append(related(rng, rest / 3)).append(comments(rng, rest / 3)).append("<script>").append(js(rng, rest / 3)).append("</script>\n");
        return out.toString();
    }

    /** Related products, whose "Б · Ж · У" line is a span.rel__legend.pr__fl, not a legend item. */
    static String related(SplittableRandom rng, int bytes) {
        StringBuilder out = new StringBuilder("<section class=\"rel\"><h2>Похожие продукты</h2><ul class=\"rel__list\">\n");
        while (out.length() < bytes) {
            out.append("<li class=\"rel__item\"><a class=\"rel__link\" href=\"/food/").append(100000 + rng.nextInt(900000))
                    .append("\">").append(escape(PageGenerator.PRODUCTS[rng.nextInt(PageGenerator.PRODUCTS.length)]))
                    .append("</a> <span class=\"rel__legend pr__fl\">Б&nbsp;").append(rng.nextInt(40)).append(",4 · Ж&nbsp;")
                    .append(rng.nextInt(40)).append(",3 · У&nbsp;").append(rng.nextInt(40)).append(",1</span></li>\n");
        }
        return out.append("</ul></section>\n").toString();
    }

    /** User comments, some quoting legend lines word for word. */
    static String comments(SplittableRandom rng, int bytes) {
        StringBuilder out = new StringBuilder("<section class=\"cmnt\"><h2>Комментарии</h2>\n");
        while (out.length() < bytes) {
            out.append("<div class=\"cmnt__item\"><span class=\"cmnt__author\">Гость</span><div class=\"cmnt__text\"><p>")
                    .append(escape(PageGenerator.SENTENCES[rng.nextInt(PageGenerator.SENTENCES.length)])).append(' ')
                    .append(escape(PageGenerator.SENTENCES[rng.nextInt(PageGenerator.SENTENCES.length)]))
                    .append("</p></div></div>\n");
        }
        return out.append("</section>\n").toString();
    }
}
