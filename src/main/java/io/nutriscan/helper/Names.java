package io.nutriscan.helper;

import java.util.Locale;

/** Enum constants as users type and read them: lower case (the command line accepts any case). */
public final class Names {

    private Names() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
