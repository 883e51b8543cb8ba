#!/usr/bin/env bash
# Side-by-side benchmark: nutriscan (the native executable, each engine and -j choices; the JVM archive)
# against what users run today (the notebook's BeautifulSoup, sequential and on a Pool; lxml on a Pool; Node
# with cheerio; pup run by GNU parallel) and against the floor: reading every byte of every page once, in one
# process, into a buffer used again (bench/read_all.py; cat is no floor where page faults are slow). Whole
# processes, wall time including start-up, page cache warm, every output checked against the corpus's ground
# truth. A row whose command fails stops the benchmark.
#
#   bench/run.sh [--count N] [--avg-kb K] [--runs R] [--pairs P] [--dir DIR] [--slow-pages N] [--real DIR]
#
# --runs: runs of each row (its median is shown); --pairs: runs with and without --nutrients one after the
# other, in turn first and second, for the ratio of the two (median of the pairs' ratios; default 9).
# nutriscan runs as users run it: the native executable (target/nutriscan-*-runner, built with -Pnative when
# missing), and the JVM archive's bin/nutriscan (its own runtime and AOT cache, C1; built when missing); one
# row shows the plain fast-jar with no JVM options.
#
# The corpus is made of real fitaudit.ru pages when a folder of them with its make_corpus.py is there
# (--real DIR, default ../shared/real beside the checkout: make_corpus.py --count N --seed bench
# --bad-fraction 0.02 --variants 0.03, so 2% broken and 3% re-encoded pages), else by nutriscan's own
# generator in the same markup; either is kept in DIR and reused when the options match.
# The Python tools need Debian's python3 with python3-bs4 and python3-lxml (apt-get install them),
# pup needs pup and parallel (apt-get install pup parallel), cheerio needs node and npm (it is installed
# from npm into DIR); a row whose tools are missing is skipped. The notebook's tools, cheerio and pup
# are slow: they run on the first --slow-pages pages (default 1000) and their pages/s is for that subset.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

count=10000 avg_kb=124 runs=3 pairs=9 dir=/dev/shm/nutriscan-bench slow_pages=1000 real=$root/../shared/real
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=$2; shift 2 ;;
    --avg-kb) avg_kb=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --pairs) pairs=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --slow-pages) slow_pages=$2; shift 2 ;;
    --real) real=$2; shift 2 ;;
    *) echo "usage: $0 [--count N] [--avg-kb K] [--runs R] [--pairs P] [--dir DIR] [--slow-pages N] [--real DIR]" >&2; exit 2 ;;
  esac
done

. "$root/.mvn/jdk.sh"
nutriscan_use_java jdk
jar=$root/target/quarkus-app/quarkus-run.jar
java=$JAVA_HOME/bin/java
py=/usr/bin/python3
time_cmd=/usr/bin/time
[ -x "$time_cmd" ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

. "$here/pages.sh"
mkdir -p "$dir"
make_pages "$dir" "$count" bench 0.02 0.03 "$avg_kb"
corpus=$pages kind=$pages_kind
work=$dir/work
rm -rf "$work" && mkdir -p "$work"
bytes=$(du -sb "$corpus" | cut -f1)
. "$here/binaries.sh"
native_binary
jvm_archive
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests -Dnutriscan.aot.skip=true)

# The first --slow-pages pages, for the tools that would take minutes on the whole corpus.
slow=$work/slow
mkdir -p "$slow"
head -n "$slow_pages" "$corpus/files.txt" > "$slow/files.txt"
"$py" - "$corpus/expected.json" "$slow/expected.json" "$slow_pages" <<'PY'
import json, sys
records = json.load(open(sys.argv[1], encoding="utf-8"))[: int(sys.argv[3])]
json.dump(records, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
slow_bytes=$(cd "$corpus" && tr '\n' '\0' < "$slow/files.txt" | du -cb --files0-from=- | tail -1 | cut -f1)

echo "bench: $count $kind, $((bytes / 1000000)) MB in $corpus; $(nproc) cores; $("$java" -version 2>&1 | head -1)"
echo "bench: warming the page cache"
(cd "$corpus" && tr '\n' '\0' < files.txt | xargs -0 cat > /dev/null)

results=$work/results.tsv
: > "$results"

# measure NAME PAGES BYTES EXPECTED OUTPUT COMMAND...: median wall time and peak RSS of RUNS runs.
measure() {
  local name=$1 pages=$2 size=$3 expected=$4 output=$5; shift 5
  local times=() rss=0 k status
  for ((k = 0; k < runs; k++)); do
    status=0
    (cd "$corpus" && "$time_cmd" -f "%e %M" -o "$work/time" "$@" > "${output:-/dev/null}" 2> "$work/stderr") || status=$?
    if [ "$status" -gt 1 ]; then
      echo "bench: $name failed (exit $status):" >&2
      cat "$work/stderr" >&2
      exit 1
    fi
    read -r t m < <(tail -n 1 "$work/time")
    times+=("$t")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  local right="-"
  if [ -n "$output" ]; then
    right=$("$py" "$here/check_output.py" ${check_flags:-} "$expected" "$output" | tr ' ' '/' || true)
    [ -n "$right" ] || { echo "bench: $name: its output could not be checked" >&2; exit 1; }
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$pages" "$size" "$median" "$rss" "$right" >> "$results"
  printf 'bench: %-34s %6.2f s  %s right\n' "$name" "$median" "$right"
}

list=("--list" "files.txt")
ns=("$native")
check_flags=--full  # nutriscan's rows: values, product and units
measure "read every byte once (the floor)" "$count" "$bytes" "" "" "$py" "$here/read_all.py" files.txt .
measure "nutriscan native (default)" "$count" "$bytes" "$corpus/expected.json" "$work/native.json" \
  "${ns[@]}" "${list[@]}"
measure "nutriscan JVM archive" "$count" "$bytes" "$corpus/expected.json" "$work/archive.json" "$jvm" "${list[@]}"
for j in 1 2 64; do
  measure "nutriscan native -j $j" "$count" "$bytes" "$corpus/expected.json" "$work/native-$j.json" \
    "${ns[@]}" "${list[@]}" -j "$j"
done
measure "nutriscan native --engine platform" "$count" "$bytes" "$corpus/expected.json" "$work/platform.json" \
  "${ns[@]}" "${list[@]}" --engine platform
measure "nutriscan native --engine sequential" "$count" "$bytes" "$corpus/expected.json" "$work/sequential.json" \
  "${ns[@]}" "${list[@]}" --engine sequential
if command -v taskset > /dev/null; then
  measure "nutriscan native, 1 core" "$count" "$bytes" "$corpus/expected.json" "$work/one-core.json" \
    taskset -c 0 "${ns[@]}" "${list[@]}"
fi
measure "nutriscan JVM archive, C2 as well" "$count" "$bytes" "$corpus/expected.json" "$work/c2.json" \
  env NUTRISCAN_OPTS=-XX:TieredStopAtLevel=4 "$jvm" "${list[@]}"
measure "java -jar quarkus-run.jar (no options)" "$count" "$bytes" "$corpus/expected.json" "$work/plain.json" \
  "$java" -jar "$jar" "${list[@]}"
check_flags=

# The whole nutrient profile (--nutrients), each output checked nutrient by nutrient.
check_flags="--full --nutrients"
measure "nutriscan native --nutrients" "$count" "$bytes" "$corpus/expected.json" "$work/nutrients.json" \
  "${ns[@]}" --nutrients "${list[@]}"
measure "nutriscan JVM archive --nutrients" "$count" "$bytes" "$corpus/expected.json" "$work/archive-nutrients.json" \
  "$jvm" --nutrients "${list[@]}"
check_flags=
# Its cost as a ratio, from runs with and without it one after the other: rows measured minutes apart
# also measure how this machine's speed drifted between them (by up to 1.7x over an hour here). Every
# other pair runs --nutrients first, so that a drift within pairs does not favour either.
pair_ratios=()
pair_nutrients=()
pair_run() { # pair_run [FLAG]: one run of the corpus, its wall time in seconds on stdout
  (cd "$corpus" && "$time_cmd" -f "%e" -o "$work/time" "${ns[@]}" "$@" "${list[@]}" > "$work/pair.json" 2> /dev/null) || [ $? -eq 1 ]
  tail -n 1 "$work/time"
}
for ((k = 0; k < pairs; k++)); do
  if ((k % 2 == 0)); then
    plain_s=$(pair_run)
    nutrients_s=$(pair_run --nutrients)
  else
    nutrients_s=$(pair_run --nutrients)
    plain_s=$(pair_run)
  fi
  pair_ratios+=("$(awk -v a="$plain_s" -v b="$nutrients_s" 'BEGIN {printf "%.2f", b / a}')")
  pair_nutrients+=("$nutrients_s")
done
printf '%s\n' "${pair_ratios[@]}" > "$work/pair-ratios"
printf '%s\n' "${pair_nutrients[@]}" > "$work/pair-nutrients"
echo "bench: --nutrients against the same run without it, $pairs alternating pairs: ${pair_ratios[*]}"

if "$py" -c 'import bs4, lxml' 2> /dev/null; then
  procs=$(nproc)
  measure "lxml + Pool($procs)" "$count" "$bytes" "$corpus/expected.json" "$work/lxml.json" \
    "$py" "$here/lxml_pool.py" files.txt . "$procs"
  check_flags=--nutrients
  measure "lxml + Pool($procs) --nutrients" "$count" "$bytes" "$corpus/expected.json" "$work/lxml-nutrients.json" \
    "$py" "$here/lxml_pool.py" --nutrients files.txt . "$procs"
  check_flags=
  measure "notebook: bs4, sequential" "$slow_pages" "$slow_bytes" "$slow/expected.json" "$work/bs4.json" \
    "$py" "$here/notebook_bs4.py" "$slow/files.txt" . 1
  measure "notebook: bs4 + Pool($procs)" "$slow_pages" "$slow_bytes" "$slow/expected.json" "$work/bs4-pool.json" \
    "$py" "$here/notebook_bs4.py" "$slow/files.txt" . "$procs"
else
  echo "bench: no python3-bs4/python3-lxml for $py: the Python rows are skipped (apt-get install python3-bs4 python3-lxml)"
fi
if command -v node > /dev/null && command -v npm > /dev/null \
    && { [ -d "$dir/node/node_modules/cheerio" ] \
         || npm install --prefix "$dir/node" --no-audit --no-fund cheerio@1.2.0 > "$work/npm.log" 2>&1; }; then
  measure "node + cheerio, sequential" "$slow_pages" "$slow_bytes" "$slow/expected.json" "$work/cheerio.json" \
    env NODE_PATH="$dir/node/node_modules" node "$here/cheerio.js" "$slow/files.txt" .
else
  echo "bench: no node/npm, or cheerio could not be installed: the cheerio row is skipped"
fi
if command -v pup > /dev/null && command -v parallel > /dev/null; then
  # One pup process per page, as 'parallel pup ...' runs it; pup_records.py turns its JSON into records.
  measure "pup via GNU parallel (-j $(nproc))" "$slow_pages" "$slow_bytes" "$slow/expected.json" "$work/pup.json" \
    sh -c 'parallel --will-cite -k -j "$(nproc)" -I @@ '"'"'printf "\036%s\n" @@; pup "div#him_bx span.him_bx__legend.pr__fl json{}" < @@'"'"' :::: "$1" | "$2" "$3"' \
    sh "$slow/files.txt" "$py" "$here/pup_records.py"
else
  echo "bench: no pup or GNU parallel: the pup row is skipped (apt-get install pup parallel)"
fi

echo
"$py" - "$results" "$work/pair-ratios" "$work/pair-nutrients" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
pair_ratios = sorted(float(r) for r in open(sys.argv[2]).read().split())
pair_nutrients = sorted(float(t) for t in open(sys.argv[3]).read().split())
base = next((float(r[1]) / float(r[3]) for r in rows if r[0] == "nutriscan native (default)"), None)
print("| tool | pages | seconds | pages/s | MB/s | peak RSS | right | time per page ÷ native nutriscan's |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, pages, size, seconds, rss, right in rows:
    rate = int(pages) / float(seconds)
    ratio = "%.1f" % (base / rate) if base else "-"
    print("| %s | %s | %.2f | %.0f | %.0f | %d MB | %s | %s |" % (
        name, pages, float(seconds), rate, int(size) / 1e6 / float(seconds), int(rss) // 1024, right, ratio))
seconds = {r[0]: float(r[3]) for r in rows}
lxml = next((v for k, v in seconds.items() if k.startswith("lxml") and "--nutrients" not in k), None)
lxml_nutrients = next((v for k, v in seconds.items() if k.startswith("lxml") and "--nutrients" in k), None)
floor = seconds.get("read every byte once (the floor)")
native, jvm = seconds.get("nutriscan native (default)"), seconds.get("nutriscan JVM archive")
native_n, jvm_n = seconds.get("nutriscan native --nutrients"), seconds.get("nutriscan JVM archive --nutrients")
print()
if native and jvm:
    print("native: %.2fx the JVM archive's time (--nutrients: %.2fx)" % (native / jvm, native_n / jvm_n if native_n and jvm_n else float("nan")))
if native and lxml:
    print("native is %.1fx as fast as lxml + Pool" % (lxml / native))
if native_n and lxml_nutrients:
    print("native --nutrients is %.1fx as fast as lxml + Pool --nutrients (from the rows)" % (lxml_nutrients / native_n))
if native and floor:
    print("native takes %.2fx the floor's time (reading every byte once); --nutrients %.2fx" % (
        native / floor, native_n / floor if native_n else float("nan")))
if jvm and floor:
    print("JVM archive takes %.2fx the floor's time" % (jvm / floor))
if pair_ratios:
    print("native --nutrients takes %.2fx the time of the same run without it (median of %d alternating pairs, %.2f-%.2f;"
          " the table's rows: %.2fx)" % (pair_ratios[len(pair_ratios) // 2], len(pair_ratios), pair_ratios[0], pair_ratios[-1],
                                         native_n / native if native_n and native else float("nan")))
if pair_nutrients and lxml_nutrients:
    # The pairs ran --nutrients more often than the row did: their median is the steadier figure.
    typical = pair_nutrients[len(pair_nutrients) // 2]
    print("native --nutrients is %.1fx as fast as lxml + Pool --nutrients (its median of %d runs in the pairs, %.2f s)" % (
        lxml_nutrients / typical, len(pair_nutrients), typical))
PY
