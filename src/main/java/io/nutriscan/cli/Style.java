package io.nutriscan.cli;

/** ANSI colours for stderr, or none: only on a terminal, never with NO_COLOR (see {@link Environment#colours()}). */
record Style(boolean on) {

    static final Style PLAIN = new Style(false);

    String red(String text) {
        return on ? "\033[31m" + text + "\033[0m" : text;
    }

    String green(String text) {
        return on ? "\033[32m" + text + "\033[0m" : text;
    }

    String bold(String text) {
        return on ? "\033[1m" + text + "\033[0m" : text;
    }
}
