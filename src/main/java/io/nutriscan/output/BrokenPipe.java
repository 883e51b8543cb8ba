package io.nutriscan.output;

import java.io.IOException;

/** A reader that went away (`| head`): not an error worth a word. */
public final class BrokenPipe {

    private BrokenPipe() {
    }

    public static boolean is(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }
}
