package io.nutriscan.corpus;

import java.util.SplittableRandom;

/** The site furniture around the nutrient block: filler that makes pages as heavy as real ones, and look-alikes of legend data. */
final class Html {

    static final String HEADER = "<header class=\"hdr\"><a class=\"hdr__logo\" href=\"/\">FitAudit</a>"
            + "<form class=\"srch\" action=\"/search\"><input class=\"srch__input\" name=\"q\" placeholder=\"Поиск продукта\">"
            + "<button class=\"btn\" type=\"submit\">Найти</button></form></header>\n"
            + "<nav class=\"cat-menu\"><ul><li><a href=\"/food/frukty\">Фрукты</a></li><li><a href=\"/food/ovoshhi\">Овощи и зелень</a></li>"
            + "<li><a href=\"/food/myaso\">Мясо</a></li><li><a href=\"/food/ryba\">Рыба</a></li></ul></nav>\n";
    static final String FOOTER = "<footer class=\"ftr\"><p>© FitAudit. Данные приведены на 100 г продукта.</p></footer>\n";

    private static final String[] BLOCKS = {"hdr", "nav", "pr", "him_bx", "tbl", "rel", "cmnt", "ftr", "btn", "tabs"};
    private static final String[] ELEMENTS = {"", "__item", "__link", "__title", "__legend", "__mark", "__val"};
    private static final String[] DECLS = {"color:#333", "margin:0 auto", "padding:4px 8px", "font-size:14px",
        "display:flex", "border:1px solid #e3e8e0", "line-height:1.4", "width:100%"};

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String css(SplittableRandom rng, int bytes) {
        StringBuilder out = new StringBuilder();
        while (out.length() < bytes) {
            out.append('.').append(BLOCKS[rng.nextInt(BLOCKS.length)]).append(ELEMENTS[rng.nextInt(ELEMENTS.length)])
                    .append('{').append(DECLS[rng.nextInt(DECLS.length)]).append(';').append(DECLS[rng.nextInt(DECLS.length)])
                    .append("}\n");
        }
        return out.toString();
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

    /** Extra nutrients and vitamin tables after the block: numbers that are not legend items. */
    static String sideTables(SplittableRandom rng) {
        return "<p class=\"pr__brick pr__ind_c pr__ind_c_mtop pr__brd_b pr__ind_endline\">В 100 г продукта: "
                + "<a href=\"/nutrients/sugar\">сахара</a> – <span class=\"js__msr_cc\">" + rng.nextInt(60) + ",5 г</span>, "
                + "<a href=\"/nutrients/cholesterol\">холестерин</a> – <span class=\"js__msr_cc\">" + rng.nextInt(90) + " мг</span>.</p>\n"
                + "<h2>Витамины</h2>\n<table class=\"pr__tbl\"><tbody><tr><td class=\"tbl-name\">Витамин C</td>"
                + "<td class=\"tbl-value\"><span class=\"js__msr_cc\">" + rng.nextInt(100) + ",1 мг</span></td></tr></tbody></table>\n";
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
