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

# start_nginx ROOT WORK: Debian's nginx (installed when missing) serving ROOT on loopback with no mime types (every
# file application/octet-stream, as a plain static server serves extensionless saved pages), gzip on, and three
# servers: $nginx_slow behind limit_req rate=20r/s burst=5 nodelay, $nginx_fast behind 200r/s, $nginx_free with
# no limit; 429 for a request over the limit. Logs each request ($msec port status connection gzip-ratio URI) to
# WORK/logs/access.log; $nginx_pid is its master process (kill it when done; kill -USR1 reopens the log).
start_nginx() {
  local www=$1 work=$2
  command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || timeout 300 apt-get install -y -q nginx-light > /dev/null 2>&1 \
    || { echo "nginx cannot be installed" >&2; return 1; }
  local nginx
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  mkdir -p "$work/logs"
  # nginx's workers run as nobody: everything they serve must be readable by all, and every folder above it
  # passable (mktemp -d makes 0700 folders).
  chmod -R a+rX "$www" "$work"
  local up
  for up in "$www" "$work"; do
    up=$(cd "$up" && pwd)
    while [ "$up" != / ]; do
      chmod a+x "$up" 2> /dev/null || true
      up=$(dirname "$up")
    done
  done
  local free_port
  free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
  nginx_slow=$(free_port) nginx_fast=$(free_port) nginx_free=$(free_port)
  cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events {}
http {
  log_format crawl '\$msec \$server_port \$status \$connection \$gzip_ratio \$request_uri';
  access_log $work/logs/access.log crawl;
  client_body_temp_path $work/logs; proxy_temp_path $work/logs; fastcgi_temp_path $work/logs;
  uwsgi_temp_path $work/logs; scgi_temp_path $work/logs;
  default_type application/octet-stream;
  gzip on;
  gzip_types *;
  limit_req_zone \$binary_remote_addr zone=slow:1m rate=20r/s;
  limit_req_zone \$binary_remote_addr zone=fast:1m rate=200r/s;
  limit_req_status 429;
  server { listen 127.0.0.1:$nginx_slow; root $www; location / { limit_req zone=slow burst=5 nodelay; } }
  server { listen 127.0.0.1:$nginx_fast; root $www; location / { limit_req zone=fast burst=5 nodelay; } }
  server { listen 127.0.0.1:$nginx_free; root $www; }
}
CONF
  "$nginx" -c "$work/nginx.conf" -p "$work" 2> "$work/logs/start.log" || { cat "$work/logs/start.log" >&2; return 1; }
  for _ in $(seq 50); do [ -s "$work/nginx.pid" ] && break; sleep 0.1; done
  nginx_pid=$(cat "$work/nginx.pid")
}

# nginx_log_since WORK NAME: moves what nginx logged since the last call to WORK/logs/NAME.log.
nginx_log_since() {
  sleep 0.3
  mv "$1/logs/access.log" "$1/logs/$2.log"
  kill -USR1 "$nginx_pid"
  sleep 0.2
}
