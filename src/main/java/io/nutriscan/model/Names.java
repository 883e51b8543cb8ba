package io.nutriscan.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants as users type them on the command line: lower case, any case accepted. */
public final class Names {

    private Names() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code text}, or an IllegalArgumentException that lists the names there are. */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(text.toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        String names = Arrays.stream(type.getEnumConstants()).map(Names::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (expected " + names + ")");
    }
}
