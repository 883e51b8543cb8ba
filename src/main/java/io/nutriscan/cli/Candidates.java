package io.nutriscan.cli;

import io.nutriscan.engine.EngineKind;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The values completion and help offer for the enum options, in lower case as they are documented and typed. */
final class Candidates {

    private Candidates() {
    }

    private static Iterator<String> lowerCase(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
    }

    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(Format.values());
        }
    }

    static final class Shapes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(Shape.values());
        }
    }

    static final class Engines implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(EngineKind.values());
        }
    }

    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(CompletionCommand.Shell.values());
        }
    }

    static final class SiteNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return io.nutriscan.engine.Sites.names().iterator();
        }
    }
}
