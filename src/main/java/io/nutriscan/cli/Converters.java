package io.nutriscan.cli;

import io.nutriscan.engine.EngineKind;
import io.nutriscan.output.Shape;
import picocli.CommandLine;

import java.util.Locale;

/** Option values as users type them. */
final class Converters {

    private Converters() {
    }

    /** Applies {@code parse}; its IllegalArgumentException becomes picocli's one-line usage error. */
    private static <T> T converted(java.util.function.Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static final class Engine implements CommandLine.ITypeConverter<EngineKind> {
        @Override
        public EngineKind convert(String value) {
            return converted(EngineKind::parse, value);
        }
    }

    static final class FormatName implements CommandLine.ITypeConverter<io.nutriscan.output.Format> {
        @Override
        public io.nutriscan.output.Format convert(String value) {
            return converted(io.nutriscan.output.Format::parse, value);
        }
    }

    static final class ShellName implements CommandLine.ITypeConverter<CompletionCommand.Shell> {
        @Override
        public CompletionCommand.Shell convert(String value) {
            return converted(text -> io.nutriscan.model.Names.parse(CompletionCommand.Shell.class, "shell", text), value);
        }
    }

    static final class ShapeName implements CommandLine.ITypeConverter<Shape> {
        @Override
        public Shape convert(String value) {
            return converted(Shape::parse, value);
        }
    }

    static final class CharsetName implements CommandLine.ITypeConverter<java.nio.charset.Charset> {
        @Override
        public java.nio.charset.Charset convert(String value) {
            return converted(name -> {
                try {
                    return java.nio.charset.Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown charset '" + name + "'", e);
                }
            }, value);
        }
    }

    /** A duration: 30s, 2m, 500ms, 1.5s, or a plain number of seconds. */
    static final class Seconds implements CommandLine.ITypeConverter<java.time.Duration> {
        @Override
        public java.time.Duration convert(String value) {
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
                return java.time.Duration.ofMillis(Math.max(1, Math.round(n * factorMillis)));
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
