package io.nutriscan.corpus;

import java.util.Locale;

/** ASCII file-name slugs for product names, as the site's URLs have them. */
final class Slugs {

    static final String[] CATEGORIES = {"ovoshhi", "frukty", "yagody", "orehi", "krupy", "molochnye", "myaso", "ryba",
        "napitki", "sladosti"};

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "h", "c", "ch", "sh", "shh", "", "y", "", "e", "yu", "ya"};

    private Slugs() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int k = CYRILLIC.indexOf(c);
            String t = k >= 0 ? LATIN[k] : String.valueOf(c);
            if (!t.isEmpty() && t.chars().allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch))) {
                out.append(t);
                dash = false;
            } else if (!t.isEmpty() && !dash) {
                out.append('-');
                dash = true;
            }
        }
        String slug = out.toString().replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "product" : slug;
    }
}
