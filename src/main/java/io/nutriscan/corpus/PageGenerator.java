package io.nutriscan.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes product pages in the real fitaudit.ru markup, with the exact answer for each: the head with
 * its scripts and {@code <noscript>}, the menu, the h1 with the site's title suffix, {@code div#him_bx}
 * (the summary sentence with its own numbers, the calorie line, five legend items ending in {@code ,}
 * and {@code .}, water and ash as links, the diagram, advertising, a script and a style), the paragraph
 * of sugars, fibre, starch, cholesterol and trans fats, the protein/fat/carbohydrate, vitamin and
 * mineral tables with single-quoted {@code data-fa} JSON, then descriptions, related products, a
 * daily-norms table, comments and scripts. A share of pages carry the variations an extractor must
 * also read right (an en dash, LF line ends, NBSP and entities, multi-word legend names, other items,
 * missing water and ash). The same seed and index always give the same bytes.
 */
public final class PageGenerator {

    /** Deliberately broken pages, each with the error an extractor must report. */
    public enum BadKind { EMPTY, NO_BLOCK, TRUNCATED, NOT_A_NUMBER }

    /** The site's heading suffix after the product name and a dash. */
    static final String TITLE_SUFFIX = "химический состав, пищевая ценность";
    static final String SITE = "https://fitaudit.ru";
    static final String[] NOT_A_NUMBER = {"NaN", "undefined", "null", "н/д", "нет данных", "?", "–", "0,39,5", "1.2.3", ""};
    static final String[] PRODUCTS = {
        "Абрикос", "Яблоко", "Груша", "Банан", "Апельсины", "Киви", "Хурма", "Гранат", "Виноград", "Клубника",
        "Смородина чёрная", "Картофель", "Морковь", "Свёкла", "Капуста белокочанная", "Брокколи", "Огурец",
        "Грецкий орех", "Миндаль", "Масло виноградных косточек", "Масло оливковое", "Говядина, фарш", "Куриная грудка",
        "Лосось атлантический", "Креветки", "Свинина, корейка", "Сало свиное", "Масло сливочное", "Шпинат", "Тыква",
        "Чеснок", "Лук репчатый", "Треска", "Сельдь", "Индейка, бедро",
    };
    static final String[] SUFFIXES = {"", "", "", "", ", сырой продукт", ", отварной продукт", " (без кожуры)",
        ", 2,5% жирности", " «Домашний»", " & специи"};
    static final String[] SENTENCES = {
        "Очень люблю этот продукт, ем его почти каждый день.",
        "Если считать калории, то жиры — 5 г на порцию, не так уж мало.",
        "У меня в приложении другие цифры: белки — 12,5 г.",
        "Вода — 86 г из ста, неудивительно, что так хорошо утоляет жажду.",
        "Спасибо за подробную таблицу витаминов, очень удобно.",
        "Добавляю в салат вместе с зеленью и оливковым маслом.",
        "А кто-нибудь знает, как это влияет на сахар в крови?",
    };

    private final String seed;

    public PageGenerator(String seed) {
        this.seed = seed;
    }

    /** Page number {@code index} (from 0) of this seed; {@code bad} makes it a broken page of that kind. */
    public GeneratedPage page(int index, int targetBytes, BadKind bad, boolean nested) {
        SplittableRandom rng = new SplittableRandom(mix(seed.hashCode(), index));
        String product = PRODUCTS[rng.nextInt(PRODUCTS.length)] + SUFFIXES[rng.nextInt(SUFFIXES.length)];
        String file = String.format("%06d-%s.html", index + 1, Slugs.of(product));
        String path = nested ? String.format("%s/%02d/%s", Slugs.CATEGORIES[rng.nextInt(Slugs.CATEGORIES.length)],
                (index / 100) % 100, file) : file;
        if (bad == BadKind.EMPTY) {
            return GeneratedPage.broken(path, new byte[0], "empty file");
        }
        Style style = Style.pick(rng);
        if (bad == BadKind.NO_BLOCK) {
            int kind = rng.nextInt(4);
            if (kind == 3) {
                // The block renamed (a layout change): a whole product page, tables and all, without div#him_bx.
                byte[] page = new ProductPage(rng, style, path, product, targetBytes, null).build().bytes();
                String html = new String(page, StandardCharsets.UTF_8).replace("id=\"him_bx\"", "id=\"him_bx_archived\"");
                return GeneratedPage.broken(path, html.getBytes(StandardCharsets.UTF_8), "no div#him_bx block");
            }
            return GeneratedPage.broken(path, bytes(style, pageWithoutBlock(kind, rng, product, targetBytes)), "no div#him_bx block");
        }
        return new ProductPage(rng, style, path, product, targetBytes, bad).build();
    }

    /**
     * How one page departs from the site's own markup: the site uses an em dash, CRLF, plain spaces and
     * tabs; a share of generated pages use what saved copies and other sites also show.
     */
    private record Style(String dash, String eol, boolean nbsp, boolean entities, boolean compact) {
        static Style pick(SplittableRandom rng) {
            boolean variant = rng.nextDouble() < 0.3;
            if (!variant) {
                return new Style("—", "\r\n", false, false, false);
            }
            return new Style(rng.nextBoolean() ? "–" : "—", rng.nextBoolean() ? "\n" : "\r\n", rng.nextBoolean(),
                    rng.nextBoolean(), rng.nextDouble() < 0.3);
        }
    }

    /** One legend item: its nutrient, the value shown (text), the value a reader must report, the unit shown. */
    private record Item(LegendNutrient nutrient, String shown, Double value, String unit, String val) {
    }

    /** Builds one product page and its ground truth. */
    private static final class ProductPage {
        private final SplittableRandom rng;
        private final Style style;
        private final String path;
        private final String product;
        private final int target;
        private final BadKind bad;
        private final Map<String, String> vals = new LinkedHashMap<>();
        private final Map<String, String> valUnits = new LinkedHashMap<>();

        ProductPage(SplittableRandom rng, Style style, String path, String product, int target, BadKind bad) {
            this.rng = rng;
            this.style = style;
            this.path = path;
            this.product = product;
            this.target = target;
            this.bad = bad;
        }

        GeneratedPage build() {
            String energy = Integer.toString(rng.nextInt(901));
            state("energy", energy, "кКал");
            List<Item> items = legendItems();
            int badItem = -1;
            if (bad == BadKind.NOT_A_NUMBER) {
                badItem = rng.nextInt(items.size());
                Item broken = items.get(badItem);
                String shown = NOT_A_NUMBER[rng.nextInt(NOT_A_NUMBER.length)];
                items.set(badItem, new Item(broken.nutrient, shown, null, rng.nextBoolean() ? "" : broken.unit, broken.val));
            }
            for (Item item : items) {
                state(item.nutrient.markSlug(), item.val, item.unit.isEmpty() ? "г" : item.unit);
            }
            String top = head() + body();
            String block = block(energy, items);
            if (bad == BadKind.TRUNCATED) {
                // Cut after the block's start tag and before its end tag: an interrupted download.
                String open = block.substring(0, block.lastIndexOf("</div>"));
                byte[] page = bytes(style, top + open);
                int from = bytes(style, top + block.substring(0, block.indexOf('>') + 1)).length;
                int cut = from + rng.nextInt(page.length - from);
                return GeneratedPage.broken(path, Arrays.copyOf(page, cut), "truncated: the file ends inside div#him_bx");
            }
            String rest = endline() + tables() + Html.filler(rng, Math.max(0, target - 45_000), style.eol) + foot();
            byte[] page = bytes(style, top + block + rest);
            if (badItem >= 0) {
                return GeneratedPage.broken(path, page, "legend value is not a number: " + itemText(items.get(badItem), badItem, items.size()));
            }
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, String> legendUnits = new LinkedHashMap<>();
            for (Item item : items) {
                values.put(item.nutrient.key(), item.value);
                legendUnits.put(item.nutrient.key(), item.unit.isEmpty() ? null : item.unit);
            }
            Map<String, Double> nutrients = new LinkedHashMap<>();
            vals.forEach((slug, val) -> nutrients.put(slug, val.isEmpty() ? null : Double.valueOf(val)));
            return new GeneratedPage(path, page, product.strip(), values, legendUnits, nutrients, new LinkedHashMap<>(valUnits), null);
        }

        /** Records a nutrient the page states, first statement first (a later one states the same value). */
        private void state(String slug, String val, String unit) {
            vals.putIfAbsent(slug, val);
            valUnits.putIfAbsent(slug, unit);
        }

        private List<Item> legendItems() {
            List<LegendNutrient> chosen = new ArrayList<>(List.of(LegendNutrient.SITE_ORDER));
            if (style.compact || style.nbsp) {
                for (LegendNutrient extra : LegendNutrient.VARIATIONS) {
                    if (rng.nextDouble() < extra.presence()) {
                        chosen.add(3, extra);
                    }
                }
                if (rng.nextDouble() < 0.2) {
                    chosen.removeIf(n -> n.slug() != null && rng.nextBoolean() && !n.mark().equals("pr__fiber"));
                }
            }
            List<Item> items = new ArrayList<>();
            for (LegendNutrient n : chosen) {
                int scale = 100;
                int raw = rng.nextInt(n.max() * scale + 1);
                String val = BigDecimal.valueOf(raw, 2).stripTrailingZeros().toPlainString();
                // The legend shows two decimals, so what it shows is val itself: "1,40" for "1.4".
                String shown = String.format(Locale.ROOT, "%d,%02d", raw / scale, raw % scale);
                String unit = n.mark().equals("pr__alcohol") && rng.nextBoolean() ? "мл" : "г";
                items.add(new Item(n, shown, raw / 100.0, unit, val));
            }
            return items;
        }

        private String head() {
            String esc = Html.escape(product);
            return "<!DOCTYPE HTML>\n<html lang=\"ru\">\n\n    <head>\n\n        <title>\n\t\t" + esc + " — " + TITLE_SUFFIX + ", БЖУ\n\t\n</title>\n"
                    + "        <meta name=\"description\" content=\"\n        Содержание белков, жиров, углеводов, витаминов и\n    минералов.\n\">\n"
                    + "        <meta charset=\"utf-8\" />\n"
                    + "        <meta name=\"viewport\" content=\"width=device-width, initial-scale=1, user-scalable=no\" />\n"
                    + "        <link rel=\"icon\" href=\"" + SITE + "/favicon.ico\" type=\"image/x-icon\">\n"
                    + "        <link rel=\"stylesheet\" href=\"" + SITE + "/css/main.css?v=" + rng.nextInt(1 << 30) + "\">\n"
                    + "<script type=\"text/javascript\">\n" + Html.js(rng, 2_500) + "</script>\n"
                    + "<noscript><div><img src=\"https://mc.example/watch/" + rng.nextInt(1 << 30)
                    + "\" style=\"position:absolute; left:-9999px;\" alt=\"\" /></div></noscript>\n"
                    + "<!-- /counter -->\n        <script>objAdvertResponsive = {}</script>\n    </head>\n";
        }

        private String body() {
            return "    <body>\n        <div id=\"pr__mask\"></div>\n\t<noscript><p class=\"nojs\">Включите JavaScript</p></noscript>\n"
                    + "<div class=\"pr__wrapper\">\n<header class=\"pr__header\">\n" + Html.menu(rng, 6_000)
                    + "<form class=\"srch\" action=\"/search\"><input class=\"srch__input\" name=\"q\" placeholder=\"Поиск\"></form>\n"
                    + "\t\t\t\t\t\t\t\t<h1>" + Html.escape(product) + " " + style.dash + " " + TITLE_SUFFIX + "</h1>\n\t\t\t\t\n"
                    + "\t\t\t</header>\n\t\t\t<section>\n\t\t\t\t";
        }

        private String block(String energy, List<Item> items) {
            String name = product.toLowerCase(Locale.ROOT);
            int carbs = rng.nextInt(60);
            StringBuilder b = new StringBuilder();
            b.append("<div id=\"him_bx\" class=\"pr__brick pr__ind_c pr__brd_b\">\n\t<p class=\"him_bx__wrap\">\n\t\t\n\t\t\t\t\t\t\t")
                    .append(Html.escape(product)).append(" содержит\n\t\t\t\t")
                    .append(msr(carbs + ".3", "1", "г", carbs + ",3 г")).append("\n\t\t\t\tуглеводов в <span class=\"js_msr\">100</span>")
                    .append(" г продукта, это примерно\n\t\t\t\t").append(rng.nextInt(100)).append("% всей энергии из порции или\n\t\t\t\t")
                    .append(msr(Integer.toString(carbs * 4), "0", "кКал", carbs * 4 + " кКал")).append(".\n\t\t\t\n")
                    .append("\t\t\t\t<span class=\"him_bx__legend him_bx__legend_calories\">\n\t\t\t<span class=\"him_bx__legend_text\">\n\n")
                    .append("\t\t\t\t\t\t\t\t\t\t\t<a href=\"").append(SITE).append("/nutrients/energy\">Калорийность</a>\n\t\t\t\t\t\t")
                    .append(style.dash).append(' ').append(msr(energy, "0", "кКал", energy + " кКал")).append(".\n\t\t\t\t\t\n")
                    .append("\t\t\t\t</span>\n\t\t\t<span class=\"him_bx__legend_mark\">\n\t\t\t\t\n\t\t\t</span>\n\t\t</span>\n\t\t<br>\n")
                    .append("\t\t\t\t\tСостав ").append(Html.escape(name)).append(":\n\t\t\t\t\n\t\t<br><br>\n\n");
            for (int k = 0; k < items.size(); k++) {
                b.append(legendItem(items.get(k), k == items.size() - 1 ? "." : ","));
            }
            b.append("\t\t\n\t\t<span class=\"him_bx__diagram\">\n");
            for (Item item : items) {
                b.append("\t\t\t<span class=\"").append(item.nutrient.mark()).append(" tip\" style=\"top:0%;bottom:")
                        .append(rng.nextInt(100)).append("%;\" tip=\"").append(item.nutrient.key()).append("\"></span>\n");
            }
            b.append("\t\t</span>\n\t</p>\n\n\t\n\t<div id=\"adv_him__main\" class=\"adv__js_visible  \"></div>\n\n")
                    .append("\t\t<script>objAdvertResponsive['adv_him__main'] = true</script>\n\t\n\t<style>\n")
                    .append("\t\t#him_bx {\n\t\t\t/* рекламный блок справа от текста: */\n\t\t\tdisplay: flex;\n\t\t}\n")
                    .append("\t\t#him_bx .him_bx__wrap {\n\t\t\tpadding-left: 77px;\n\t\t}\n\t</style>\n\n\t\n")
                    .append("\t<div id=\"adv_him__mainmob\" class=\"adv__js_visible  pr__brick\"></div>\n\n")
                    .append("\t\t<script>objAdvertResponsive['adv_him__mainmob'] = true</script>\n\n</div>\n\n\n\n");
            return b.toString();
        }

        private String legendItem(Item item, String mark) {
            String name = item.nutrient.slug() == null ? item.nutrient.name()
                    : "<a href=\"" + SITE + "/nutrients/" + item.nutrient.slug() + "\">" + item.nutrient.name() + "</a>";
            String space = style.nbsp ? (rng.nextBoolean() ? "&nbsp;" : "\u00a0") : " ";
            String shown = item.unit.isEmpty() ? item.shown : item.shown + space + item.unit;
            String gap = style.compact ? "" : "\n\t\t\t";
            return "\t\t<span class=\"him_bx__legend pr__fl\">" + gap + "<span class=\"him_bx__legend_mark " + item.nutrient.mark()
                    + "\"></span>" + gap + (style.compact ? "" : "\t\t\t\t") + name + (style.nbsp && rng.nextBoolean() ? "&nbsp;" : " ")
                    + style.dash + " " + msr(item.val, "2", item.unit.isEmpty() ? "г" : item.unit, shown) + mark
                    + (style.compact ? "" : "\n\t\t\t\t\t") + "</span>\n";
        }

        /** What the legend item reads as, spaces folded: the text of the page's error for a value that is no number. */
        private String itemText(Item item, int k, int count) {
            String shown = item.unit.isEmpty() ? item.shown : item.shown + " " + item.unit;
            String text = item.nutrient.name() + " " + style.dash + " " + shown + (k == count - 1 ? "." : ",");
            return String.join(" ", text.strip().split("[\\s\\u00a0]+"));
        }

        private String msr(String val, String round, String unit, String shown) {
            return "<span class=\"js__msr_cc\" data-fa='{\"msr\":{\"val\":\"" + val + "\",\"round\":\"" + round + "\",\"unit\":\""
                    + unit + "\",\"use\":\"inline\"}}'>" + shown + "</span>";
        }

        private String endline() {
            StringBuilder p = new StringBuilder("<p class=\"pr__brick pr__ind_c pr__ind_c_mtop pr__brd_b pr__ind_endline\">\n\n\t\t\tСуммарное содержание\n");
            ProfileNutrient[] all = ProfileNutrient.ENDLINE;
            for (int k = 0; k < all.length; k++) {
                ProfileNutrient n = all[k];
                String val = vals.containsKey(n.slug()) ? vals.get(n.slug()) : value(n);
                if (k == 3) {
                    p.append("\t\t<br>\n\t\t<br>\n\t\tСодержание ");
                } else {
                    p.append("\t\t");
                }
                p.append("<a href=\"").append(SITE).append("/nutrients/").append(n.slug()).append("\">").append(n.name()).append("</a> ")
                        .append(style.dash).append(' ')
                        .append(msr(val, "1", n.unitRu(), val.isEmpty() ? "н/д" : shown(val, 1) + " " + n.unitRu()))
                        .append(k == 2 || k == 4 ? ".\n" : ",\n");
                state(n.slug(), val, n.unitRu());
            }
            return p.append("\t\n\t\n</p>\n\n\n").toString();
        }

        private String tables() {
            StringBuilder t = new StringBuilder("\t\t\t\t<h2 class=\"pr__brick pr__ind_c pr__ind_head\">\n\n\t\t\t")
                    .append(Html.escape(product)).append(" — белки, жиры, углеводы (БЖУ)\n\t\n</h2>\n");
            table(t, "bju_tbl", "БЖУ", ProfileNutrient.MACROS);
            t.append("<h2 class=\"pr__brick pr__ind_c pr__ind_head\">Витамины</h2>\n<p class=\"pr__brick\">Из жирорастворимых — витамины A, D, E и K.</p>\n");
            table(t, "vitamins_tbl", "Витамины", ProfileNutrient.VITAMINS);
            t.append("<h2 class=\"pr__brick pr__ind_c pr__ind_head\">Минеральные вещества</h2>\n");
            table(t, "minerals_tbl", "Минеральные вещества", ProfileNutrient.MINERALS);
            return t.toString();
        }

        private void table(StringBuilder t, String kind, String title, ProfileNutrient[] rows) {
            t.append("\t\t\t\t<table class=\"tbl ").append(kind).append(" pr__tbrick\">\n\t<tbody>\n")
                    .append("\t    <tr class=\"table-title-bricked\">\n\t        <th colspan=\"2\">").append(title)
                    .append(", содержание</th>\n\t        <th class=\"tbl-chart-descr\">на <span class=\"js_msr\">100</span> г</th>\n\t    </tr>\n");
            for (ProfileNutrient n : rows) {
                String val = vals.containsKey(n.slug()) ? vals.get(n.slug()) : value(n);
                String nd = val.isEmpty() ? " pr__nd_lighted" : "";
                t.append("\n\t\t\n\t\t<tr class=\"js__msr_cc\"\n\t        data-fa='{\"msr\":{\n\t        \"val\":\"").append(val)
                        .append("\",\n\t        \"dnorm\":\"").append(n.dnorm()).append("\",\n\t        \"round\":\"1\",\n\t        \"unitRu\":\"")
                        .append(n.unitRu()).append("\",\n\t        \"unitEn\":\"").append(n.unitEn())
                        .append("\",\n\t        \"use\":\"chart\"\n\t    \t}}'>\n\n\t        <td class=\"tbl-name").append(nd)
                        .append("\">\n\t        \t<a href=\"").append(SITE).append("/nutrients/").append(n.slug()).append("\">\n\t\t    \t\t")
                        .append(n.name()).append("\t\t    \t\t\n\t        \t</a>\n\t        </td>\n\n\t        <td class=\"tbl-value").append(nd)
                        .append("\">\n\t        \t").append(val.isEmpty() ? "н/д" : shown(val, 1) + " " + n.unitRu())
                        .append("\t        \t\n\t        </td>\n");
                chartCell(t, n.slug(), rng.nextInt(130));
                t.append("\t    </tr>\n");
                state(n.slug(), val, n.unitRu());
            }
            t.append("\n\n\t</tbody>\n</table>\n\n\n\n");
        }

        /** The bar of a row's share of the daily norm, as the site draws it (a third span when over the norm). */
        private static void chartCell(StringBuilder t, String slug, int percent) {
            t.append("\t        <td class=\"tbl-chart-bg\">\n\t        \t\n\t        \t\t        \t<span class=\"tbl-chart pr__").append(slug)
                    .append(" tip\"\n\t        \tstyle=\"width:").append(Math.min(percent, 100)).append("%\"\n\t        \ttip=\"")
                    .append(percent).append("%\">\n\t        \t</span>\n\n\t        \t\t        \t<span class=\"tbl-dnorm")
                    .append(percent > 100 ? " tbl-dnorm-in-excess" : " ").append("\" style=\"\">\n\t        \t\t").append(percent)
                    .append(",0%\n\t        \t</span>\n");
            if (percent > 100) {
                t.append("\t\t\t\t\t<span class=\"tbl-chart-excess tip\" tip=\"Превышение нормы на ").append(percent - 100)
                        .append("%\">\n\t\t\t\t</span>\n");
            }
            t.append("\t\t\t</td>\n");
        }

        /** A value as {@code data-fa} states it: up to three decimals, or "" (no value) by the nutrient's odds. */
        private String value(ProfileNutrient n) {
            if (rng.nextDouble() < n.missing()) {
                return "";
            }
            int decimals = rng.nextInt(4);
            long raw = (long) (rng.nextDouble() * n.max() * Math.pow(10, decimals));
            return BigDecimal.valueOf(raw, decimals).stripTrailingZeros().toPlainString();
        }

        private String foot() {
            return "<script defer src=\"" + SITE + "/js/main.js?v=" + rng.nextInt(1 << 30) + "\"></script>\n\n    </body>\n\n</html>\n";
        }
    }

    /** A value rounded as the site shows it: a decimal comma and a space between thousands ("1 094,0"). */
    static String shown(String val, int decimals) {
        BigDecimal rounded = new BigDecimal(val).setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return dot < 0 ? grouped.toString() : grouped + "," + plain.substring(dot + 1);
    }

    /** A page of another kind: a bot check (0), a missing product (1), a category page (2). */
    private static String pageWithoutBlock(int kind, SplittableRandom rng, String product, int target) {
        return switch (kind) {
            case 0 -> "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\" /><title>Проверка браузера</title></head><body>"
                    + "<h1>Проверка браузера перед переходом на сайт</h1><p>Это займёт не более 5 секунд.</p>"
                    + "<script>setTimeout(function(){location.reload()},5000)</script></body></html>\n";
            case 1 -> "<!DOCTYPE HTML>\n<html lang=\"ru\"><head><meta charset=\"utf-8\" /><title>Страница не найдена</title></head>"
                    + "<body><header>" + Html.menu(rng, 4_000) + "</header><h1>Страница не найдена</h1><p>Продукт «"
                    + Html.escape(product) + "» был удалён или перемещён.</p></body>\n</html>\n";
            default -> "<!DOCTYPE HTML>\n<html lang=\"ru\"><head><meta charset=\"utf-8\" /><title>Фрукты</title></head><body>"
                    + "<header>" + Html.menu(rng, 4_000) + "</header><h1>Фрукты — калорийность, химический состав</h1>"
                    + Html.related(rng, target / 2) + "</body>\n</html>\n";
        };
    }

    /** The page as bytes, with the page's line ends. */
    private static byte[] bytes(Style style, String html) {
        String text = style.eol.equals("\n") ? html : html.replace("\n", style.eol);
        if (style.entities) {
            text = text.replace("«", "&laquo;").replace("»", "&raquo;");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
