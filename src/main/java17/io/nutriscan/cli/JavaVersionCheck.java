package io.nutriscan.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The process's first class, compiled for Java 17 (the oldest Java that runs Quarkus's own entry point):
 * on an older Java than nutriscan needs, {@code java -jar} says so in one line instead of a stack trace
 * of UnsupportedClassVersionError. Everything else is compiled for Java 21 (virtual threads).
 */
@QuarkusMain
public final class JavaVersionCheck {

    static final int NEEDED = 21;

    private JavaVersionCheck() {
    }

    public static void main(String... args) {
        int running = Runtime.version().feature();
        if (running < NEEDED) {
            System.err.println("nutriscan: needs Java " + NEEDED + " or newer (virtual threads); this is Java " + running + " at "
                    + System.getProperty("java.home") + ". Run ./nutriscan, which finds one, or set JAVA_HOME.");
            System.exit(5);
        }
        Quarkus.run(NutriscanApplication.class, args);
    }
}
