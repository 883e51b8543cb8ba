#!/usr/bin/env bash
# Start-up for scripts: `--version` and a one-page run, ./nutriscan (aot-jar + trained AOT cache, serial GC,
# C1) against the plain fast-jar with no JVM options, timed by hyperfine (apt-get install hyperfine).
#   bench/startup.sh [--runs N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=20
[ "${1:-}" = --runs ] && runs=$2
command -v hyperfine > /dev/null || { echo "startup: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
"$root/nutriscan" --version > /dev/null  # builds when needed
. "$root/.mvn/jdk.sh"
nutriscan_use_java jre
page=$root/samples/pages/000001-krevetki-specii.html
plain="$JAVA_HOME/bin/java -jar $root/target/quarkus-app/quarkus-run.jar"
table=$(mktemp)
trap 'rm -f "$table"' EXIT
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$table" \
  -n "./nutriscan --version" "$root/nutriscan --version" \
  -n "java -jar quarkus-run.jar --version" "$plain --version" \
  -n "./nutriscan PAGE" "$root/nutriscan $page" \
  -n "java -jar quarkus-run.jar PAGE" "$plain $page" \
  > /dev/null 2>&1
cat "$table"
