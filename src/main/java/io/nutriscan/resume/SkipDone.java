package io.nutriscan.resume;

import io.nutriscan.model.PageInput;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The inputs less those an earlier run already wrote, for {@code --resume}: the earlier records are
 * a prefix of the inputs, so each of the first inputs must have the source of the matching record;
 * a difference means the list changed and the run is refused rather than mixing two lists.
 */
public final class SkipDone implements Iterable<PageInput> {

    /** The inputs differ from the records already written. */
    public static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    private final Iterable<PageInput> inputs;
    private final Iterator<String> done;
    private final String file;

    public SkipDone(Iterable<PageInput> inputs, Iterator<String> done, String file) {
        this.inputs = inputs;
        this.done = done;
        this.file = file;
    }

    @Override
    public Iterator<PageInput> iterator() {
        Iterator<PageInput> all = inputs.iterator();
        return new Iterator<>() {
            private boolean skipped;

            private void skipDone() {
                if (skipped) {
                    return;
                }
                skipped = true;
                long n = 0;
                while (done.hasNext()) {
                    String recorded = done.next();
                    n++;
                    if (!all.hasNext()) {
                        throw new Mismatch("cannot resume: " + file + " has more records than there are inputs (" + n
                                + " or more); is it from another input list?");
                    }
                    String source = all.next().source();
                    if (!source.equals(recorded)) {
                        throw new Mismatch("cannot resume: record " + n + " of " + file + " is for '" + recorded
                                + "' but input " + n + " is '" + source + "'; is it from another input list?");
                    }
                }
            }

            @Override
            public boolean hasNext() {
                skipDone();
                return all.hasNext();
            }

            @Override
            public PageInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return all.next();
            }
        };
    }
}
