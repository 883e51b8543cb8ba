package io.nutriscan.bench;

import io.nutriscan.engine.EngineKind;
import io.nutriscan.helper.Names;

/** One configuration the bench runs: an engine at a concurrency (-j). */
public record BenchConfig(EngineKind engine, int concurrency) {

    public String label() {
        return engine == EngineKind.SEQUENTIAL ? Names.of(engine) : Names.of(engine) + " -j " + concurrency;
    }
}
