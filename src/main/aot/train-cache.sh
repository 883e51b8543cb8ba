#!/bin/sh
# Writes an AOT cache by running nutriscan on the training pages, as users run it (broken pages included, so
# exit status 1 is expected): train-cache.sh JAVA CACHE JAR TRAINING_DIR OUTPUT. The JVM options are those of
# src/main/dist/jvm.options; the JVM's messages go to stderr only when they are warnings.
set -eu
here=$(cd "$(dirname "$0")/../dist" && pwd)
. "$here/jvm.options"
java=$1 cache=$2 jar=$3 training=$4 output=$5
# shellcheck disable=SC2086 # the options are meant to be split into words
"$java" -Xlog:disable -Xlog:all=warning:stderr -XX:AOTCacheOutput="$cache" $training_jvm_options -jar "$jar" \
  --list "$training/files.txt" --base "$training" -o "$output" || [ $? -eq 1 ]
test -s "$cache"
