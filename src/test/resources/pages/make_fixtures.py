#!/usr/bin/env python3
"""Writes the fixture pages under good/ and bad/ with the JSON beside each that says what it must give.

The pages follow the markup of the real site (see the README's "The pages" section): CRLF line ends,
<meta charset="utf-8" />, a <noscript> in the head, the h1 with the site's title suffix, div#him_bx with
the summary sentence and its own numbers, the calorie line, legend items with their mark span and
single-quoted data-fa JSON ending in "," and ".", water and ash as links, the diagram, advertising, a
script and a style inside the block, then the paragraph of sugars, fibre and the rest. Each fixture
varies one thing. Pages that are no product page at all (empty, binary, an anti-bot page, undetectable
bytes, whitespace) are kept as they are and not written here.

    python3 src/test/resources/pages/make_fixtures.py      # rewrites the fixtures in place
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = "https://fitaudit.ru"
SUFFIX = "химический состав, пищевая ценность"


def msr(val, shown, unit="г", rnd="2"):
    return ("<span class=\"js__msr_cc\" data-fa='{\"msr\":{\"val\":\"%s\",\"round\":\"%s\",\"unit\":\"%s\",\"use\":\"inline\"}}'>%s</span>"
            % (val, rnd, unit, shown))


def link(slug, name):
    return '<a href="%s/nutrients/%s">%s</a>' % (SITE, slug, name)


def item(mark, name, shown, val="1", punct=",", dash="—", unit="г", space_before_dash=" ", cls="him_bx__legend pr__fl"):
    return ('\t\t<span class="%s">\n\t\t\t<span class="him_bx__legend_mark pr__%s"></span>\n'
            '\t\t\t\t\t\t\t%s%s%s %s%s\n\t\t\t\t\t\t\n\t\t</span>\n'
            % (cls, mark, name, space_before_dash, dash, msr(val, shown, unit), punct))


# The apricot page's legend, as the site states it (values are facts; the markup is written here).
APRICOT = [
    item("fat", "жиры", "0,39 г", "0.39"),
    item("protein", "белки", "1,40 г", "1.4"),
    item("carbohydrate", "углеводы", "11,12 г", "11.12"),
    item("water", link("water", "вода"), "86,35 г", "86.35"),
    item("ash", link("ash", "зола"), "0,75 г", "0.75", punct="."),
]


def page(product, items, h1=None, head_extra="", before_block="", block_tag="div", close_block=True, charset="utf-8",
         dash="—", after_block=None, lead=""):
    title = "%s %s %s, БЖУ" % (product, dash, SUFFIX)
    h1 = "<h1>%s %s %s</h1>" % (product, dash, SUFFIX) if h1 is None else h1
    meta = '<meta charset="%s" />\n' % charset if charset else ""
    endline = after_block if after_block is not None else (
        '<p class="pr__brick pr__ind_c pr__ind_c_mtop pr__brd_b pr__ind_endline">\n\t\t\tСуммарное содержание\n'
        '\t\t%s — %s,\n\t\t%s — %s,\n\t\t%s — %s.\n\t\t<br>\n\t\t<br>\n'
        '\t\tСодержание %s — %s,\n\t\t%s — %s.\n</p>\n'
        % (link("sugars", "сахаров"), msr("9.24", "9,2 г", rnd="1"), link("fiber", "клетчатки"), msr("2", "2,0 г", rnd="1"),
           link("starch", "крахмала"), msr("", "н/д", rnd="1"), link("cholesterol", "холестерина"),
           msr("0", "0,0 мг", "мг", "1"), link("fat_trans", "трансжиров"), msr("0", "0,0 г", rnd="1")))
    block = (
        '<%s id="him_bx" class="pr__brick pr__ind_c pr__brd_b">\n\t<p class="him_bx__wrap">\n\t\t\n'
        '\t\t\t\t\t\t\t%s содержит\n\t\t\t\t%s\n\t\t\t\tуглеводов в <span class="js_msr">100</span> г продукта, это примерно\n'
        '\t\t\t\t82%% всей энергии из порции или\n\t\t\t\t%s.\n\t\t\t\n'
        '\t\t\t\t<span class="him_bx__legend him_bx__legend_calories">\n\t\t\t<span class="him_bx__legend_text">\n\n'
        '\t\t\t\t\t\t\t\t\t\t\t%s\n\t\t\t\t\t\t%s %s.\n\t\t\t\t\t\n\t\t\t\t</span>\n'
        '\t\t\t<span class="him_bx__legend_mark">\n\t\t\t\t\n\t\t\t</span>\n\t\t</span>\n\t\t<br>\n'
        '\t\t\t\t\tСостав:\n\t\t\t\t\n\t\t<br><br>\n\n%s\t\t\n\t\t<span class="him_bx__diagram">\n'
        '\t\t\t<span class="pr__fat tip" style="top:0%%;bottom:99.6%%;" tip="Жиры"></span>\n\t\t</span>\n\t</p>\n\n\t\n'
        '\t<div id="adv_him__main" class="adv__js_visible  "></div>\n\n'
        "\t\t<script>objAdvertResponsive['adv_him__main'] = true</script>\n\t\n"
        '\t<style>\n\t\t#him_bx {\n\t\t\t/* рекламный блок справа от текста: */\n\t\t\tdisplay: flex;\n\t\t}\n\t</style>\n\n'
        % (block_tag, product, msr("11.12", "11,1 г", rnd="1"), msr("44", "44 кКал", "кКал", "0"), link("energy", "Калорийность"),
           dash, msr("48", "48 кКал", "кКал", "0"), "".join(items)))
    if close_block:
        block += "</%s>\n\n\n\n" % block_tag
    return (lead + '<!DOCTYPE HTML>\n<html lang="ru">\n\n    <head>\n\n        <title>\n\t\t%s\n\t\n</title>\n'
            '        %s        <meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no" />\n'
            '<script type="text/javascript">\n    (function (d, w) { w.counter = 1; })(document, window);\n</script>\n'
            '<noscript><div><img src="https://counter.example/watch/1" style="position:absolute; left:-9999px;" alt="" /></div></noscript>\n'
            '%s    </head>\n    <body>\n        <div id="pr__mask"></div>\n<header>\n<ul class="menu">\n'
            '\t<li class="menu__item"><a href="%s/categories/1">Фрукты</a>\n\t\t</li\n\t>\n</ul>\n%s'
            '\t\t\t\t\t\t\t\t%s\n\t\t\t\t\n\t\t\t</header>\n\t\t\t<section>\n\t\t\t\t%s%s\t\t\t</section>\n    </body>\n\n</html>\n'
            % (title, meta, head_extra, SITE, before_block, h1, block, endline))


def crlf(text):
    return text.replace("\n", "\r\n")


def write(kind, name, html, expected, encoding="utf-8", raw=None):
    data = raw if raw is not None else crlf(html).encode(encoding)
    with open(os.path.join(HERE, kind, name + ".html"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, kind, name + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(expected, ensure_ascii=False) + "\n")


def good(product, values, units):
    return {"product": product, "values": values, "units": units}


G5 = {"Жиры": "г", "Белки": "г", "Углеводы": "г", "Вода": "г", "Зола": "г"}


def main():
    os.makedirs(os.path.join(HERE, "good"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "bad"), exist_ok=True)

    write("good", "real-markup", page("Абрикос", APRICOT),
          good("Абрикос", {"Жиры": 0.39, "Белки": 1.4, "Углеводы": 11.12, "Вода": 86.35, "Зола": 0.75}, G5))

    write("good", "multi-word-name", page("Квас", [
        item("fat", "жиры", "0,39 г", "0.39"), item("protein", "белки", "0,20 г", "0.2"),
        item("fiber", link("fiber", "пищевые волокна"), "2,40 г", "2.4", punct=".")]),
        good("Квас", {"Жиры": 0.39, "Белки": 0.2, "Пищевые волокна": 2.4}, {"Жиры": "г", "Белки": "г", "Пищевые волокна": "г"}))

    write("good", "nbsp-and-em-dash", page("Молоко", [
        item("fat", link("fat", "жиры"), "3,2&#160;г", "3.2", space_before_dash="&nbsp;"),
        item("water", link("water", "вода"), "88&nbsp;г", "88"),
        item("carbohydrate", "углеводы", "4,8\u00a0мг", "4.8", unit="мг", punct=".")]),
        good("Молоко", {"Жиры": 3.2, "Вода": 88.0, "Углеводы": 4.8}, {"Жиры": "г", "Вода": "г", "Углеводы": "мг"}))

    write("good", "en-dash", page("Кефир, 2,5% жирности", [
        item("fat", "жиры", "2,50 г", "2.5", dash="–"), item("protein", "белки", "2,90 г", "2.9", dash="–"),
        item("ash", link("ash", "зола"), "0,70 г", "0.7", dash="–", punct=".")], dash="–"),
        good("Кефир, 2,5% жирности", {"Жиры": 2.5, "Белки": 2.9, "Зола": 0.7}, {"Жиры": "г", "Белки": "г", "Зола": "г"}))

    write("good", "other-closing-marks", page("Сыр &laquo;Российский&raquo;", [
        item("fat", "жиры", "29,50 г", "29.5", punct=";"), item("protein", "белки", "23,20 г", "23.2", punct=":"),
        item("water", link("water", "вода"), "40 г", "40", punct="")]),
        good("Сыр «Российский»", {"Жиры": 29.5, "Белки": 23.2, "Вода": 40.0}, {"Жиры": "г", "Белки": "г", "Вода": "г"}))

    write("good", "other-heading-kept-whole", page("Груша", APRICOT[:2], h1="<h1>Груша — калорийность и польза</h1>"),
          good("Груша — калорийность и польза", {"Жиры": 0.39, "Белки": 1.4}, {"Жиры": "г", "Белки": "г"}))

    pretty = ('\t\t<span class="him_bx__legend pr__fl">\n      <span class="him_bx__legend_mark pr__fiber"></span>\n'
              '      <a href="%s/nutrients/fiber">пищевые\n        волокна</a> —\n        %s\n      ,\n    </span>\n'
              '\t\t<span class="him_bx__legend pr__fl">\n      <span class="him_bx__legend_mark pr__alcohol"></span>\n'
              '      алкоголь —\n        %s.\n    </span>\n'
              % (SITE, msr("2.4", "\n        2,4 г\n      "), msr("5", "  5,0   мкг  ", "мкг")))
    write("good", "pretty-printed", page("Пиво", [pretty], h1=""),
          good(None, {"Пищевые волокна": 2.4, "Алкоголь": 5.0}, {"Пищевые волокна": "г", "Алкоголь": "мкг"}))

    write("good", "unit-missing-and-sloppy-close", page("Рыбий жир", [
        item("fat", "жиры", "12", "12", unit=""), item("omega3", "омега-3", "0,05 г", "0.05", punct=".")],
        h1="", close_block=False),
        good(None, {"Жиры": 12.0, "Омега-3": 0.05}, {"Жиры": None, "Омега-3": "г"}))

    lookalikes_head = ("<script>document.querySelectorAll('#him_bx .js__msr_cc').forEach(function(el){el.title='жиры — 9 г&nbsp;'});"
                       "</script>\n")
    lookalikes_before = '<span class="him_bx__legend pr__fl"><span>жиры — 99 г,</span></span>\n'
    lookalikes_items = [
        '\t\t<span class="him_bx__legend_text">вода — 1 г,</span>\n',
        '\t\t<span class="him_bx__legend"><span>зола — 1 г,</span></span>\n',
        '\t\t<span class="pr__fl"><span>зола — 2 г,</span></span>\n',
        item("fat", link("fat", "жиры"), "6,30 г", "6.3"),
        item("protein", link("protein", "белки"), "20 г", "20", punct="."),
    ]
    lookalikes_after = (
        '<p class="pr__ind_endline">В 100 г: %s — %s, %s — %s.</p>\n'
        '<table class="tbl bju_tbl"><tbody><tr class="js__msr_cc" data-fa=\'{"msr":{"val":"20","round":"1","unitRu":"г"}}\'>'
        '<td class="tbl-name">%s</td><td class="tbl-value">20,0 г</td></tr></tbody></table>\n'
        '<ul><li class="rel__item"><span class="rel__legend pr__fl">Б&nbsp;0,4 · Ж&nbsp;0,3 · У&nbsp;10,3</span></li></ul>\n'
        '<div class="cmnt__text"><p>Пищевые волокна — 2,4 г, это хорошо. Жиры — 5 г.</p></div>\n'
        '<div class="him_bx__legend pr__fl">зола — 3 г.</div>\n'
        % (link("sugars", "сахаров"), msr("1", "1,0 г", rnd="1"), link("cholesterol", "холестерина"), msr("55", "55,0 мг", "мг", "1"),
           link("protein", "Белки")))
    write("good", "look-alikes-outside-the-legend",
          page("Лосось", lookalikes_items, head_extra=lookalikes_head, before_block=lookalikes_before, after_block=lookalikes_after),
          good("Лосось", {"Жиры": 6.3, "Белки": 20.0}, {"Жиры": "г", "Белки": "г"}))

    upper = page("Творог", [
        '\t\t<SPAN CLASS="pr__fl him_bx__legend"><SPAN CLASS="him_bx__legend_mark pr__fat"></SPAN>жиры <!-- a comment -->— '
        + msr("5", "5 г") + ',</SPAN>\n',
        '\t\t<SPAN class="x him_bx__legend y pr__fl z"><span class="him_bx__legend_mark pr__protein"></span>белки<br>—<br>'
        + msr("16.5", "16,5<!-- c -->\n г") + ',</SPAN>\n',
        '\t\t<SPAN CLASS="him_bx__legend pr__fl"><SPAN CLASS="him_bx__legend_mark pr__ash"></SPAN>' + link("ash", "зола")
        + ' - ' + msr("1", "1 г") + '.</SPAN>\n'], h1="<H1>Творог <SMALL>5%</SMALL></H1>")
    upper = upper.replace("<div id=\"him_bx\"", "<DIV ID=\"him_bx\"").replace("</div>\n\n\n\n", "</DIV>\n\n\n\n") \
        .replace("<body>", "<BODY>").replace("</body>", "</BODY>").replace("<head>", "<HEAD>").replace("</head>", "</HEAD>")
    write("good", "upper-case-crlf-comments-br", upper,
          good("Творог", {"Жиры": 5.0, "Белки": 16.5, "Зола": 1.0}, {"Жиры": "г", "Белки": "г", "Зола": "г"}))

    write("good", "utf8-bom", page("Мёд", [item("carbohydrate", "углеводы", "81,50 г", "81.5"),
                                           item("water", link("water", "вода"), "17 г", "17", punct=".")], lead="\ufeff"),
          good("Мёд", {"Углеводы": 81.5, "Вода": 17.0}, {"Углеводы": "г", "Вода": "г"}))

    fish = [item("fat", "жиры", "1,20 г", "1.2"), item("fiber", link("fiber", "пищевые волокна"), "0 г", "0", punct=".")]
    write("good", "declared-windows-1251", page("Рыба", fish, charset="windows-1251"),
          good("Рыба", {"Жиры": 1.2, "Пищевые волокна": 0.0}, {"Жиры": "г", "Пищевые волокна": "г"}), encoding="cp1251")
    write("good", "declared-utf-8-but-windows-1251", page("Рыба", [item("fat", "жиры", "1,20 г", "1.2"),
                                                                     item("protein", "белки", "3 г", "3", punct=".")]),
          good("Рыба", {"Жиры": 1.2, "Белки": 3.0}, {"Жиры": "г", "Белки": "г"}), encoding="cp1251")
    write("good", "undeclared-windows-1251", page("Рыба", [item("fat", "жиры", "1,20 г", "1.2", punct=".")], charset=None),
          good("Рыба", {"Жиры": 1.2}, {"Жиры": "г"}), encoding="cp1251")

    def bad(name, items, error, **kw):
        write("bad", name, page("Абрикос", items, **kw), {"error": error})

    fat = lambda shown, punct=",": item("fat", "жиры", shown, "0.39", punct=punct)  # noqa: E731
    bad("block-on-a-span", APRICOT, "no div#him_bx block", block_tag="span")
    bad("duplicate-name", [fat("0,39 г"), item("fat", link("fat", "жиры"), "0,40 г", "0.4", punct=".")], "legend lists Жиры twice")
    bad("no-dash", [item("fat", "жиры", "1,8 г", dash="")], "legend item is not 'name – number unit': жиры 1,8 г,")
    bad("no-legend-items", [], "div#him_bx has no legend items (span.him_bx__legend.pr__fl)")
    bad("no-name", [item("fat", "", "1,8 г")], "legend item has no name: — 1,8 г,")
    for name, shown, text in [
            ("dash", "– г", "– г"), ("dots", "1.2.3 г", "1.2.3 г"), ("empty", "", ""), ("hex", "0x1A г", "0x1A г"),
            ("infinity", "Infinity", "Infinity"), ("n-d", "н/д", "н/д"), ("nan", "NaN г", "NaN г"), ("negative", "-5 г", "-5 г"),
            ("no-data", "нет данных г", "нет данных г"), ("trailing-words", "5 г на порцию", "5 г на порцию"),
            ("two-commas", "0,39,5 г", "0,39,5 г")]:
        bad("not-a-number-" + name, [fat(shown)], "legend value is not a number: " + " ".join(("жиры — " + text + ",").split()))

    whole = crlf(page("Абрикос", APRICOT)).encode("utf-8")
    legend = whole.index("белки".encode("utf-8"))
    cuts = {
        "truncated-in-tag": whole.index(b'<span class="him_bx__legend pr__fl">', legend) + 20,
        "truncated-in-value": whole.index("1,40".encode("utf-8"), legend) + 2,
        "truncated-in-utf8-sequence": legend + 3,
    }
    for name, cut in cuts.items():
        write("bad", name, None, {"error": "truncated: the file ends inside div#him_bx"}, raw=whole[:cut])


if __name__ == "__main__":
    main()
