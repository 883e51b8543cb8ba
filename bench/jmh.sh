#!/usr/bin/env bash
# The extractor alone under JMH: microseconds per page and bytes allocated per page (gc.alloc.rate.norm),
# fast path against the full DOM parse.   bench/jmh.sh [JMH options, e.g. -p kib=20,80 -f 2]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. .mvn/jdk.sh
nutriscan_use_java jdk
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt > /dev/null
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main ExtractorBenchmark -prof gc "$@"
