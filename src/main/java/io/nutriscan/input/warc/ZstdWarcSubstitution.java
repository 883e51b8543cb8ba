package io.nutriscan.input.warc;

import com.oracle.svm.core.annotate.Delete;
import com.oracle.svm.core.annotate.TargetClass;

/**
 * Native image only: jwarc reads Zstandard WARC files through zstd-jni, a JNI library with a bundled shared
 * object per platform, which a native image cannot load. jwarc looks its Zstandard channel up by name, so the
 * image builder, which links every class at build time, would otherwise stop at the zstd-jni types it names.
 * {@link WarcPages} refuses such a file before jwarc is reached (see {@link WarcPages#ZSTD_NOT_SUPPORTED}),
 * on the JVM as well.
 */
@TargetClass(className = "org.netpreserve.jwarc.ZstdDecompressingChannel")
@Delete
final class ZstdWarcSubstitution {
}
