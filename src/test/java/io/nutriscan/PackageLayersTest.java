package io.nutriscan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packages use only what their package-info says they may: no import runs back up the page's flow. */
class PackageLayersTest {

    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("helper", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("corpus", Set.of()),
            Map.entry("input.sniff", Set.of()),
            Map.entry("extract", Set.of("model")),
            Map.entry("extract.html", Set.of("extract")),
            Map.entry("extract.fitaudit", Set.of("model", "extract", "extract.html")),
            Map.entry("output", Set.of("model")),
            Map.entry("resume", Set.of("model", "output")),
            Map.entry("input.web", Set.of("input.sniff", "input.warc")),
            Map.entry("input.warc", Set.of("model", "input.sniff")),
            Map.entry("input", Set.of("model", "input.sniff", "input.warc", "input.web")),
            Map.entry("shard", Set.of("model", "output")),
            Map.entry("engine", Set.of("model", "extract", "extract.fitaudit", "input", "input.web", "output", "resume",
                    "shard")),
            Map.entry("bench", Set.of("model", "engine", "input", "output")),
            Map.entry("cli", Set.of("model", "extract", "input", "input.warc", "input.web", "input.sniff", "output",
                    "shard", "engine", "bench", "corpus")));

    /** Every package may use these: plain records and small helpers that use nothing of nutriscan's. */
    private static final Set<String> EVERYONE_MAY_USE = Set.of("helper");

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.nutriscan\\.([a-z.]+?)\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void everyPackageHasAPackageInfoAndUsesOnlyWhatItMay() throws IOException {
        Path root = Path.of("src/main/java/io/nutriscan");
        List<String> wrong = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
                if (pkg.isEmpty()) {
                    continue;
                }
                if (file.getFileName().toString().equals("package-info.java")) {
                    packages.add(pkg);
                }
                Set<String> allowed = MAY_USE.get(pkg);
                assertTrue(allowed != null, "a package the layering does not know: " + pkg + " (add it here and in its package-info)");
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used) && !EVERYONE_MAY_USE.contains(used)) {
                        wrong.add(file.getFileName() + " (" + pkg + ") imports " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(MAY_USE.keySet(), Set.copyOf(packages), "every package has a package-info.java");
    }
}
