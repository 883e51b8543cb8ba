package io.nutriscan.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nutriscan.helper.Names;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The results as a table for people and as JSON for machines. */
public final class BenchReport {

    private final long pages;
    private final long bytes;
    private final int cores;
    private final int runs;
    private final boolean nutrients;

    public BenchReport(long pages, long bytes, int cores, int runs, boolean nutrients) {
        this.pages = pages;
        this.bytes = bytes;
        this.cores = cores;
        this.runs = runs;
        this.nutrients = nutrients;
    }

    public String subtitle() {
        // A native image says so in this property; on a JVM it is not set.
        String runtime = "runtime".equals(System.getProperty("org.graalvm.nativeimage.imagecode")) ? "native, Java " : "Java ";
        return String.format(Locale.ROOT, "%,d pages%s, %.1f MB, %d cores, %s%s, best of %d run%s", pages,
                nutrients ? " with their nutrient profile" : "", bytes / 1e6, cores, runtime, Runtime.version().feature(), runs,
                runs == 1 ? "" : "s");
    }

    public boolean sameOutput(List<BenchResult> results) {
        return results.stream().map(BenchResult::outputDigest).distinct().count() <= 1;
    }

    public String table(List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("nutriscan bench: ").append(subtitle()).append('\n');
        out.append(String.format(Locale.ROOT, "%-18s %10s %8s %8s %10s %11s %8s%n", "configuration", "pages/s", "MB/s",
                "speedup", "peak heap", "alloc/page", "seconds"));
        for (BenchResult r : results) {
            String allocated = r.allocatedBytesPerPage() == BenchRunner.NOT_MEASURED ? "n/a"
                    : String.format(Locale.ROOT, "%.0f KB", r.allocatedBytesPerPage() / 1e3);
            out.append(String.format(Locale.ROOT, "%-18s %,10.0f %8.1f %7.2fx %7.0f MB %11s %8.3f%n", r.config().label(),
                    r.pagesPerSecond(), r.megabytesPerSecond(), r.speedup(), r.peakHeapBytes() / 1e6,
                    allocated, r.seconds()));
        }
        BenchResult first = results.getFirst();
        out.append(sameOutput(results)
                ? String.format(Locale.ROOT, "every configuration wrote the same %d records (%d ok, %d failed), %s%n",
                        first.ok() + first.failed(), first.ok(), first.failed(), first.outputDigest())
                : "CONFIGURATIONS WROTE DIFFERENT OUTPUT\n");
        return out.toString();
    }

    public String json(List<BenchResult> results) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("pages", pages);
            json.writeNumberField("bytes", bytes);
            json.writeNumberField("cores", cores);
            json.writeNumberField("runs", runs);
            json.writeBooleanField("nutrients", nutrients);
            json.writeStringField("java", Runtime.version().toString());
            json.writeBooleanField("same_output", sameOutput(results));
            json.writeArrayFieldStart("results");
            for (BenchResult r : results) {
                json.writeStartObject();
                json.writeStringField("engine", Names.of(r.config().engine()));
                json.writeNumberField("concurrency", r.config().concurrency());
                json.writeNumberField("seconds", r.seconds());
                json.writeNumberField("pages_per_second", r.pagesPerSecond());
                json.writeNumberField("mb_per_second", r.megabytesPerSecond());
                json.writeNumberField("speedup", r.speedup());
                json.writeNumberField("peak_heap_bytes", r.peakHeapBytes());
                if (r.allocatedBytesPerPage() == BenchRunner.NOT_MEASURED) {
                    json.writeNullField("allocated_bytes_per_page");
                } else {
                    json.writeNumberField("allocated_bytes_per_page", r.allocatedBytesPerPage());
                }
                json.writeNumberField("ok", r.ok());
                json.writeNumberField("failed", r.failed());
                json.writeStringField("output_digest", r.outputDigest());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }
}
