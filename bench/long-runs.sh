#!/usr/bin/env bash
# Long batch runs: a real-markup corpus of PAGES pages listed TIMES times over (80,000 and 160,000 pages by
# default), the native executable against the JVM archive with C1 (its default) and with C2
# (NUTRISCAN_OPTS=-XX:TieredStopAtLevel=4): wall time and peak RSS (GNU time), every output checked.
#   bench/long-runs.sh [--pages N] [--times "8 16"] [--runs R] [--dir DIR]   (defaults: 10000, "8 16", 1, /dev/shm/nutriscan-bench)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
count=10000 times="8 16" runs=1 dir=/dev/shm/nutriscan-bench real=$root/../shared/real
while [ $# -gt 0 ]; do
  case $1 in
    --pages) count=$2; shift 2 ;;
    --times) times=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "usage: $0 [--pages N] [--times \"K ...\"] [--runs R] [--dir DIR]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "long-runs: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
. "$root/.mvn/jdk.sh"
nutriscan_use_java jdk
java=$JAVA_HOME/bin/java
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$here/pages.sh"
. "$here/binaries.sh"
native_binary
jvm_archive
make_pages "$dir" "$count" bench 0.02 0.03
echo "long-runs: $count $pages_kind in $pages, listed over and over; $(nproc) cores"
echo
echo "| pages | build | seconds | pages/s | peak RSS | right |"
echo "|---:|---|---:|---:|---:|---:|"
for k in $times; do
  list=$work/list-$k.txt
  expected=$work/expected-$k.json
  for ((i = 0; i < k; i++)); do cat "$pages/files.txt"; done > "$list"
  /usr/bin/python3 - "$pages/expected.json" "$k" "$expected" <<'PY'
import json, sys
records = json.load(open(sys.argv[1], encoding="utf-8"))
json.dump(records * int(sys.argv[2]), open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
PY
  n=$(wc -l < "$list")
  for build in native "JVM C1" "JVM C2"; do
    case $build in
      native) cmd=("$native") ;;
      "JVM C1") cmd=(env NUTRISCAN_OPTS= "$jvm") ;;
      "JVM C2") cmd=(env NUTRISCAN_OPTS=-XX:TieredStopAtLevel=4 "$jvm") ;;
    esac
    best= rss=0
    for ((r = 0; r < runs; r++)); do
      status=0
      (cd "$pages" && /usr/bin/time -f "%e %M" -o "$work/time" "${cmd[@]}" --list "$list" -q -o "$work/out.json") \
        2> "$work/err" || status=$?
      [ "$status" -le 1 ] || { echo "long-runs: $build failed (exit $status):" >&2; cat "$work/err" >&2; exit 1; }
      read -r t m < <(tail -n 1 "$work/time")
      if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$t; fi
      [ "$m" -gt "$rss" ] && rss=$m
    done
    right=$(/usr/bin/python3 "$here/check_output.py" --full "$expected" "$work/out.json" | tr ' ' '/') \
      || { echo "long-runs: $build got pages wrong: $right" >&2; exit 1; }
    printf '| %d | %s | %.2f | %.0f | %d MB | %s |\n' "$n" "$build" "$best" "$(echo "$n / $best" | bc -l)" $((rss / 1024)) "$right"
  done
done
