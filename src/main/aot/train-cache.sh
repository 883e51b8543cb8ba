#!/bin/sh
# Writes an AOT cache by running nutriscan on the training pages, as users run it (broken pages included, so
# exit status 1 is expected): train-cache.sh JAVA CACHE JAR TRAINING_DIR OUTPUT. The JVM options are those of
# src/main/dist/jvm.options; the JVM's messages go to stderr only when they are warnings. The run reads the
# pages as files and, served on loopback by TrainingServer.java, a few hundred of them as URLs recorded in a
# WARC file, so that runs which fetch start from the cache too.
set -eu
here=$(cd "$(dirname "$0")/../dist" && pwd)
. "$here/jvm.options"
java=$1 cache=$2 jar=$3 training=$4 output=$5
fifo=$training/.server-stdin
rm -f "$fifo" && mkfifo "$fifo"
"$java" "$(dirname "$0")/TrainingServer.java" "$training" < "$fifo" > "$training/.server-port" &
server=$!
exec 3> "$fifo"  # the server's stdin stays open until this script ends
i=0
while [ ! -s "$training/.server-port" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
port=$(head -n 1 "$training/.server-port")
list=$training/.training-list
cp "$training/files.txt" "$list"
head -n 300 "$training/files.txt" | sed "s|^|http://127.0.0.1:$port/|" >> "$list"
# shellcheck disable=SC2086 # the options are meant to be split into words
"$java" -Xlog:disable -Xlog:all=warning:stderr -XX:AOTCacheOutput="$cache" $training_jvm_options -jar "$jar" \
  --list "$list" --base "$training" --per-host 8 --warc "$training/.training.warc.gz" -o "$output" || [ $? -eq 1 ]
exec 3>&-
wait "$server" 2> /dev/null || true
rm -f "$fifo" "$training/.server-port" "$list" "$training/.training.warc.gz"
test -s "$cache"
