package io.nutriscan.model;

import java.nio.file.Path;

/**
 * One page to process: its place in the input list, the path exactly as the user gave it, and the
 * file to read. {@code problem} is set when the input is already known to be unusable (a folder
 * that could not be walked, a symlink loop): such an input becomes an error record without a read.
 */
public record PageInput(long index, String source, Path path, String problem) {

    public static PageInput of(long index, String source, Path path) {
        return new PageInput(index, source, path, null);
    }

    public static PageInput unusable(long index, String source, String problem) {
        return new PageInput(index, source, null, problem);
    }
}
