# Sourced by bench/run.sh, bench/fetch.sh and .ci/web-check.sh: the real-markup pages they measure or check,
# and the tests' PageServer to serve them. Needs $root (the checkout), $java, $real (where make_corpus.py may be).

# make_pages DIR COUNT SEED BAD_FRACTION VARIANTS [AVG_KB]: sets $pages to a corpus in DIR, made once and reused:
# real fitaudit.ru pages by make_corpus.py when $real has it (VARIANTS of them re-encoded), else nutriscan's
# generator in the same markup (pages of AVG_KB on average when given); $pages_kind says which.
make_pages() {
  local dir=$1 count=$2 seed=$3 bad=$4 variants=$5 avg_kb=${6:-}
  if [ -f "$real/make_corpus.py" ]; then
    pages=$dir/real-$count-$seed
    pages_kind="real fitaudit.ru pages (make_corpus.py --bad-fraction $bad --variants $variants)"
    [ -f "$pages/expected.json" ] && return
    rm -rf "$pages"
    python3 "$real/make_corpus.py" --out "$pages" --count "$count" --seed "$seed" --bad-fraction "$bad" \
      --variants "$variants" > /dev/null
  else
    pages=$dir/generated-$count-$seed${avg_kb:+-$avg_kb}
    pages_kind="pages of nutriscan's generator in the real markup"
    [ -f "$pages/expected.json" ] && return
    rm -rf "$pages"
    "$java" -jar "$root/target/quarkus-app/quarkus-run.jar" generate --out "$pages" --count "$count" --seed "$seed" \
      --bad-fraction "$bad" ${avg_kb:+--avg-kb "$avg_kb"} > /dev/null
  fi
}

# start_page_server FOLDER LATENCY_MS WORK: the tests' PageServer (src/test/java/io/nutriscan/testing) on
# 127.0.0.1 serving FOLDER under /p/; sets $port and $server (kill it when done). Compiles the tests if needed,
# once.
start_page_server() {
  local folder=$1 latency=$2 work=$3
  if [ -z "${page_server_cp:-}" ]; then  # compiled once a run, however many servers it starts
    (cd "$root" && ./mvnw -B -q test-compile -Dnutriscan.aot.skip=true \
      && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt > /dev/null)
    page_server_cp="$root/target/test-classes:$root/target/classes:$(cat "$root/target/test-classpath.txt")"
  fi
  "$java" -cp "$page_server_cp" io.nutriscan.testing.PageServer "$folder" 127.0.0.1 0 "$latency" > "$work/port" 2> "$work/server.log" &
  server=$!
  for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
  port=$(head -n 1 "$work/port")
  [ -n "$port" ] || { echo "the page server did not start:" >&2; cat "$work/server.log" >&2; return 1; }
}
