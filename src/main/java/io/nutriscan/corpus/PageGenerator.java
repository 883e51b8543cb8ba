package io.nutriscan.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes saved fitaudit.ru-style product pages with the exact answer for each: a full site page
 * (inline CSS and JS, menu, tables, related products, comments) around one {@code div#him_bx} legend,
 * with every variation seen on the site and every look-alike that is not legend data. The same seed and
 * index always give the same bytes.
 */
public final class PageGenerator {

    /** Deliberately broken pages, each with the error an extractor must report. */
    public enum BadKind { EMPTY, NO_BLOCK, TRUNCATED, NOT_A_NUMBER }

    static final String[] NOT_A_NUMBER = {"NaN", "undefined", "null", "н/д", "нет данных", "?", "–", "0,39,5", "1.2.3", ""};
    static final String[][] UNITS = {{"г", "g"}, {"мг", "mg"}, {"мкг", "mcg"}};
    static final String[] PRODUCTS = {
        "Яблоко", "Груша", "Банан", "Апельсин", "Киви", "Хурма", "Гранат", "Виноград", "Клубника",
        "Смородина чёрная", "Картофель", "Морковь", "Свёкла", "Капуста белокочанная", "Брокколи", "Огурец",
        "Грецкий орех", "Миндаль", "Гречка", "Рис бурый", "Овсяные хлопья", "Чечевица", "Фасоль красная",
        "Молоко", "Кефир", "Творог", "Сыр российский", "Говядина", "Куриная грудка", "Лосось", "Креветки",
        "Яйцо куриное", "Хлеб ржаной", "Масло сливочное", "Шоколад горький", "Мёд", "Квас", "Пиво светлое",
        "Вино красное сухое", "Шампиньоны", "Колбаса докторская",
    };
    static final String[] SUFFIXES = {"", "", "", ", сырой продукт", ", отварной продукт", " (без кожуры)",
        ", 2,5% жирности", " «Домашний»", " & специи"};
    static final String[] SENTENCES = {
        "Очень люблю этот продукт, ем его почти каждый день.",
        "Если считать калории, то жиры – 5 г на порцию, не так уж мало.",
        "У меня в приложении другие цифры: белки – 12,5 г.",
        "Пищевые волокна – 2,4 г, это хорошо для пищеварения.",
        "Вода – 86 г из ста, неудивительно, что так хорошо утоляет жажду.",
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
            return new GeneratedPage(path, new byte[0], null, "empty file");
        }
        if (bad == BadKind.NO_BLOCK) {
            return new GeneratedPage(path, utf8(pageWithoutBlock(rng, product, targetBytes)), null, "no div#him_bx block");
        }
        return productPage(rng, path, product, targetBytes, bad);
    }

    private GeneratedPage productPage(SplittableRandom rng, String path, String product, int target, BadKind bad) {
        Style style = new Style(rng.nextDouble() < 0.85 ? "–" : "—", rng.nextDouble() < 0.2, rng.nextDouble() < 0.8);
        List<Item> items = legendItems(rng);
        int badItem = -1;
        if (bad == BadKind.NOT_A_NUMBER) {
            badItem = rng.nextInt(items.size());
            Item broken = items.get(badItem);
            String unit = rng.nextBoolean() ? "" : broken.unit;
            items.set(badItem, new Item(broken.nutrient, NOT_A_NUMBER[rng.nextInt(NOT_A_NUMBER.length)], 0, unit, broken.unitCode));
        }
        StringBuilder legend = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            legend.append(legendItem(rng, style, items.get(k), k == badItem));
        }
        String head = blockHead(rng, style, items.size());
        String tail = "<div class=\"clear\"></div>\n</div>\n";
        String esc = Html.escape(product);
        String top = pageHead(rng, esc + " — калорийность, состав, описание - FitAudit", target / 4, target / 8)
                + "<body class=\"page page--food\">\n<div class=\"page__wrap\">\n" + Html.HEADER
                + "<div class=\"content\">\n<nav class=\"crumbs\"><a href=\"/\">Главная</a> › <span>" + esc + "</span></nav>\n"
                + "<h1 class=\"pr__title\">" + esc + " <span>— калорийность, химический состав</span></h1>\n"
                + "<div class=\"pr__wrapper\">\n";
        if (bad == BadKind.TRUNCATED) {
            byte[] prefix = utf8(top + head);
            byte[] rest = utf8(legend + tail.substring(0, tail.length() - "</div>\n".length()));
            int cut = 1 + rng.nextInt(rest.length - 1);
            byte[] page = Arrays.copyOf(prefix, prefix.length + cut);
            System.arraycopy(rest, 0, page, prefix.length, cut);
            return new GeneratedPage(path, page, null, "truncated: the file ends inside div#him_bx");
        }
        String bottom = "</div>\n" + Html.sideTables(rng) + Html.related(rng, target / 5) + Html.comments(rng, target / 4)
                + "</div>\n" + Html.FOOTER + "</div>\n<script>" + Html.js(rng, target / 10) + "</script>\n</body>\n</html>\n";
        byte[] page = utf8(top + head + legend + "\n" + tail + bottom);
        if (badItem >= 0) {
            Item b = items.get(badItem);
            String shown = String.join(" ", (b.nutrient.name() + " " + style.dash + " " + b.number + " " + b.unit).trim().split("\\s+"));
            return new GeneratedPage(path, page, null, "legend value is not a number: " + shown);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Item item : items) {
            values.put(item.nutrient.key(), item.value);
        }
        return new GeneratedPage(path, page, values, null);
    }

    private record Style(String dash, boolean pretty, boolean dataFa) {
    }

    private record Item(Nutrient nutrient, String number, double value, String unit, String unitCode) {
    }

    private static List<Item> legendItems(SplittableRandom rng) {
        List<Nutrient> chosen = new ArrayList<>();
        for (Nutrient n : Nutrient.SITE_ORDER) {
            if (rng.nextDouble() < n.presence()) {
                chosen.add(n);
            }
        }
        while (chosen.size() < 3) {
            Nutrient n = Nutrient.SITE_ORDER[rng.nextInt(Nutrient.SITE_ORDER.length)];
            if (!chosen.contains(n)) {
                chosen.add(n);
            }
        }
        if (rng.nextBoolean()) {
            shuffle(rng, chosen);
        }
        List<Item> items = new ArrayList<>();
        for (Nutrient n : chosen) {
            int decimals = pick(rng, new int[] {15, 35, 50});
            int scale = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
            int raw = rng.nextInt(n.max() * scale + 1);
            String number = decimals == 0 ? Integer.toString(raw)
                    : (raw / scale) + "," + String.format("%0" + decimals + "d", raw % scale);
            String[] unit = UNITS[pick(rng, new int[] {80, 15, 5})];
            items.add(new Item(n, number, Double.parseDouble(number.replace(',', '.')), unit[0], unit[1]));
        }
        return items;
    }

    private static String legendItem(SplittableRandom rng, Style style, Item item, boolean broken) {
        String name = rng.nextDouble() < 0.9
                ? "<a href=\"/nutrients/" + item.nutrient.slug() + "\">" + item.nutrient.name() + "</a>"
                : item.nutrient.name();
        String[] spaces = {" ", "&nbsp;", "\u00a0"};
        String beforeDash = spaces[pick(rng, new int[] {85, 10, 5})];
        String beforeUnit = spaces[pick(rng, new int[] {70, 15, 15})];
        String value = item.unit.isEmpty() ? item.number : item.number + beforeUnit + item.unit;
        if (rng.nextDouble() < 0.1) {
            value = rng.nextBoolean() ? " " + value + " " : "\n        " + value + "\n      ";
        }
        String fa = style.dataFa
                ? " data-fa='{\"msr\":{\"val\":" + (broken ? "null" : item.number.replace(',', '.')) + ",\"unit\":\"" + item.unitCode + "\"}}'"
                : "";
        String classes = switch (rng.nextInt(10)) {
            case 0 -> "pr__fl him_bx__legend";
            case 1 -> "him_bx__legend pr__fl pr__fl--" + item.nutrient.slug();
            default -> "him_bx__legend pr__fl";
        };
        if (style.pretty) {
            return "    <span class=\"" + classes + "\">\n"
                    + "      <span class=\"him_bx__legend_mark " + item.nutrient.mark() + "\"></span>\n"
                    + "      <span class=\"him_bx__legend_text\">" + name + beforeDash + style.dash + "\n"
                    + "        <span class=\"js__msr_cc\"" + fa + ">" + value + "</span>\n"
                    + "      </span>\n    </span>\n";
        }
        return "<span class=\"" + classes + "\"><span class=\"him_bx__legend_mark " + item.nutrient.mark() + "\"></span>"
                + "<span class=\"him_bx__legend_text\">" + name + beforeDash + style.dash + " <span class=\"js__msr_cc\"" + fa + ">"
                + value + "</span></span></span>";
    }

    private static String blockHead(SplittableRandom rng, Style style, int items) {
        int kcal = rng.nextInt(901);
        String attrs = rng.nextBoolean() ? "id=\"him_bx\" class=\"him_bx pr__brick\"" : "class=\"him_bx pr__brick\" id=\"him_bx\"";
        StringBuilder arcs = new StringBuilder();
        for (int i = 0; i < items; i++) {
            arcs.append("<circle class=\"him_bx__arc\" r=\"16\" cx=\"21\" cy=\"21\" stroke-dasharray=\"")
                    .append(1 + rng.nextInt(60)).append(" 100\"></circle>");
        }
        return "<div " + attrs + ">\n<div class=\"him_bx__chart\"><svg viewBox=\"0 0 42 42\">" + arcs + "</svg></div>\n"
                + "<p class=\"him_bx__wrap\"><span class=\"him_bx__legend_text\"><a href=\"/nutrients/energy\">калорийность</a> "
                + style.dash + " <span class=\"js__msr_cc\" data-fa='{\"msr\":{\"val\":" + kcal + ",\"unit\":\"kcal\"}}'>"
                + kcal + " ккал</span></span></p>\n";
    }

    private static String pageHead(SplittableRandom rng, String title, int cssBytes, int jsBytes) {
        return "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
                + "<style>" + Html.css(rng, cssBytes) + "</style>\n<script>" + Html.js(rng, jsBytes) + "</script>\n</head>\n";
    }

    private static String pageWithoutBlock(SplittableRandom rng, String product, int target) {
        return switch (rng.nextInt(3)) {
            case 0 -> "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Проверка браузера</title></head><body>"
                    + "<h1>Проверка браузера перед переходом на сайт fitaudit.ru</h1><p>Это займёт не более 5 секунд.</p>"
                    + "<script>setTimeout(function(){location.reload()},5000)</script></body></html>\n";
            case 1 -> pageHead(rng, "FitAudit", target / 4, target / 8) + "<body class=\"page page--404\">" + Html.HEADER
                    + "<div class=\"content\"><h1>Страница не найдена</h1><p>Продукт «" + Html.escape(product)
                    + "» был удалён или перемещён.</p></div>" + Html.FOOTER + "</body>\n</html>\n";
            default -> pageHead(rng, "FitAudit", target / 4, target / 8) + "<body class=\"page page--cat\">" + Html.HEADER
                    + "<div class=\"content\"><h1>Фрукты — калорийность продуктов</h1>" + Html.related(rng, target / 3)
                    + "</div>" + Html.FOOTER + "</body>\n</html>\n";
        };
    }

    static int pick(SplittableRandom rng, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> void shuffle(SplittableRandom rng, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
