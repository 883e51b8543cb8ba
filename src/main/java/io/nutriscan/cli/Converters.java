package io.nutriscan.cli;

import io.nutriscan.engine.EngineKind;
import io.nutriscan.helper.Names;
import io.nutriscan.output.Format;
import io.nutriscan.output.Shape;
import picocli.CommandLine;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Option values as users type them. */
final class Converters {

    private Converters() {
    }

    /** Applies {@code parse}; its IllegalArgumentException becomes picocli's one-line usage error. */
    private static <T> T converted(Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The constant named {@code text} in any case, or an IllegalArgumentException that lists the names there are. */
    static <E extends Enum<E>> E named(Class<E> type, String what, String text) {
        for (E constant : type.getEnumConstants()) {
            if (Names.of(constant).equals(text.toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        String names = Arrays.stream(type.getEnumConstants()).map(Names::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (expected " + names + ")");
    }

    static final class Engine implements CommandLine.ITypeConverter<EngineKind> {
        @Override
        public EngineKind convert(String value) {
            return converted(text -> named(EngineKind.class, "engine", text), value);
        }
    }

    static final class FormatName implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return converted(text -> named(Format.class, "format", text), value);
        }
    }

    static final class ShellName implements CommandLine.ITypeConverter<CompletionCommand.Shell> {
        @Override
        public CompletionCommand.Shell convert(String value) {
            return converted(text -> named(CompletionCommand.Shell.class, "shell", text), value);
        }
    }

    static final class ShapeName implements CommandLine.ITypeConverter<Shape> {
        @Override
        public Shape convert(String value) {
            return converted(text -> named(Shape.class, "shape", text), value);
        }
    }

    static final class CharsetName implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            return converted(name -> {
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown charset '" + name + "'", e);
                }
            }, value);
        }
    }

    /** A site by its name (--site). */
    static final class SiteName implements CommandLine.ITypeConverter<io.nutriscan.extract.Site> {
        @Override
        public io.nutriscan.extract.Site convert(String value) {
            return io.nutriscan.engine.Sites.named(value.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new CommandLine.TypeConversionException("unknown site '" + value + "' (known: "
                            + String.join(", ", io.nutriscan.engine.Sites.names()) + ")"));
        }
    }

    /** A duration that may be zero: 0, 1s, 250ms. */
    static final class DelayValue implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.matches("0+(\\.0*)?(ms|s|m)?")) {
                return Duration.ZERO;
            }
            return new DurationValue().convert(value);
        }
    }

    /** A duration: 30s, 2m, 500ms, 1.5s, or a plain number of seconds. */
    static final class DurationValue implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            double factorMillis = 1000;
            if (v.endsWith("ms")) {
                factorMillis = 1;
                v = v.substring(0, v.length() - 2);
            } else if (v.endsWith("s")) {
                v = v.substring(0, v.length() - 1);
            } else if (v.endsWith("m")) {
                factorMillis = 60_000;
                v = v.substring(0, v.length() - 1);
            }
            try {
                double n = Double.parseDouble(v.trim());
                if (!(n > 0) || Double.isInfinite(n)) {
                    throw new NumberFormatException();
                }
                return Duration.ofMillis(Math.max(1, Math.round(n * factorMillis)));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (examples: 30s, 2m, 500ms)");
            }
        }
    }

    /** A byte size: 1048576, 512k, 64M, 1G (powers of 1024). */
    static final class Size implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("IB")) {
                v = v.substring(0, v.length() - 2);
            } else if (v.endsWith("B")) {
                v = v.substring(0, v.length() - 1);
            }
            if (!v.isEmpty()) {
                switch (v.charAt(v.length() - 1)) {
                    case 'K' -> unit = 1L << 10;
                    case 'M' -> unit = 1L << 20;
                    case 'G' -> unit = 1L << 30;
                    default -> unit = 1;
                }
                if (unit > 1) {
                    v = v.substring(0, v.length() - 1);
                }
            }
            try {
                long n = Long.parseLong(v.trim());
                if (n <= 0) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a positive size");
                }
                return Math.multiplyExact(n, unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size (examples: 500000, 512k, 64M, 1G)");
            }
        }
    }
}
