package io.nutriscan.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a document given as a path ({@code -o}) really goes, decided before anything is written. A
 * symlink is followed to the file it names, so that file is replaced and the link stays a link; a
 * device, FIFO or socket is written directly, streaming, as a shell redirection would; only a regular
 * file (or none yet) is written beside and renamed into place. A folder is refused.
 */
public record Destination(Path path, boolean special) {

    /** Links followed at most, as the kernel allows. */
    private static final int MAX_LINKS = 40;

    /** A path that cannot take a document; the message says why. */
    public static final class Unusable extends Exception {
        public Unusable(String message) {
            super(message, null, false, false);
        }
    }

    public static Destination of(Path given) throws Unusable {
        Path path = given.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new Unusable(given + ": too many levels of symbolic links");
            }
            Path target;
            try {
                target = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
            } catch (IOException e) {
                throw new Unusable(given + ": cannot read the symbolic link (" + e.getMessage() + ")");
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(path)) {
                // A link only the kernel can follow: /dev/stdout's /proc/self/fd/1 names "pipe:[…]", no path. What it
                // leads to is written through the link itself.
                break;
            }
            path = target;
        }
        BasicFileAttributes attributes;
        try {
            // Not a link here, unless one only the kernel follows: then what it leads to says what is written.
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new Destination(path, false);
        } catch (IOException e) {
            return new Destination(path, false); // the write says what is wrong, in its own words
        }
        if (attributes.isDirectory()) {
            throw new Unusable(given + " is a folder");
        }
        return new Destination(path, !attributes.isRegularFile());
    }
}
