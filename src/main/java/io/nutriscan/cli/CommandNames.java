package io.nutriscan.cli;

/**
 * The names a user may type as a command: a page path that does not exist and is one of them, or one
 * edit away ("merg"), was most likely meant as the command.
 */
final class CommandNames {

    private CommandNames() {
    }

    /** The command {@code word} is or nearly is, or null. */
    static String closeTo(String word) {
        for (String name : NutriscanCommand.SUBCOMMANDS) {
            if (withinOneEdit(word, name)) {
                return name;
            }
        }
        return null;
    }

    /** One insertion, deletion, substitution or swap of two neighbours at most. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() && i == b.length()) {
            return true;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(i + 1);
            String restB = b.substring(i + 1);
            boolean swap = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return restA.equals(restB) || swap;
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
