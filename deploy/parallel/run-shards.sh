#!/bin/sh
# One big extraction split over machines with GNU parallel, then merged:
#
#   deploy/parallel/run-shards.sh LIST BASE PARTS N OUTPUT [SSHLOGIN...]
#
#   LIST      the page list (one path per line, relative to BASE)
#   BASE      the folder the pages are in
#   PARTS     the folder the shards write their parts to
#   N         the number of shards (a few per machine evens out slow ones)
#   OUTPUT    the merged dataset (JSON; NUTRISCAN_FORMAT=jsonl or csv for another format)
#   SSHLOGIN  machines as GNU parallel names them (user@host, 4/host for 4 jobs there); default ':' (this one)
#
# Every machine must see LIST, BASE and PARTS at the same paths (NFS, a cluster file system) and have nutriscan
# on its PATH (NUTRISCAN=/path/to/bin/nutriscan to name it). Shard K of N runs as
#   nutriscan --list LIST --base BASE --shard K/N --out-dir PARTS --quiet
# Exit 1 from a shard means its part is written and some pages failed: done, not retried. Any other failure
# (a part that could not be written, a lost connection) is retried twice. The merge refuses if any part is
# still missing, so a finished run is always the whole list.
set -eu
if [ $# -lt 5 ]; then
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
list=$1 base=$2 parts=$3 n=$4 output=$5
shift 5
logins=$(printf '%s,' "${@:-:}" | sed 's/,$//')
nutriscan=${NUTRISCAN:-nutriscan}
mkdir -p "$parts"

# The job a machine runs: exit 1 (pages failed, part written) counts as done.
job="$nutriscan --list '$list' --base '$base' --shard {}/$n --out-dir '$parts' --quiet; s=\$?; [ \$s -le 1 ] || exit \$s"
seq 0 $((n - 1)) | parallel --sshlogin "$logins" --retries 3 --halt never --joblog "$parts/joblog.tsv" "$job" || true

"$nutriscan" merge "$parts" -f "${NUTRISCAN_FORMAT:-json}" -o "$output"
