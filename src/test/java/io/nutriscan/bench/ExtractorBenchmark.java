package io.nutriscan.bench;

import io.nutriscan.corpus.PageGenerator;
import io.nutriscan.extract.fitaudit.ExtractionPaths;
import io.nutriscan.extract.fitaudit.PageExtractor;
import io.nutriscan.model.PageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The extractor alone, one page per operation, on generated pages of the size asked: the fast path, with
 * and without the nutrient profile, and the full DOM parse. Run with bench/jmh.sh (which adds -prof gc for
 * bytes allocated per page); {@code -jvmArgsAppend -XX:TieredStopAtLevel=1} measures it under the launcher's C1.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {

    @Param({"80"})
    public int kib;

    private byte[][] pages;
    private int next;
    private final PageExtractor fast = new PageExtractor();
    private final PageExtractor withProfile = new PageExtractor(null, true);

    @Setup(Level.Trial)
    public void pages() {
        PageGenerator generator = new PageGenerator("jmh");
        pages = new byte[64][];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = generator.page(i, kib * 1024, null, false).bytes();
        }
    }

    private byte[] page() {
        next = (next + 1) & (pages.length - 1);
        return pages[next];
    }

    @Benchmark
    public PageResult fastPath() {
        return fast.extract(page());
    }

    /** The same with the whole nutrient profile read too (--nutrients). */
    @Benchmark
    public PageResult fastPathWithProfile() {
        return withProfile.extract(page());
    }

    @Benchmark
    public PageResult fullParse() {
        return ExtractionPaths.fullParse(page());
    }
}
