#!/usr/bin/env bash
# Makes target/image-root.tar, the whole root file system Dockerfile.native adds under the executable: the C
# libraries it links (found with ldd: glibc's libc and loader only, zlib is linked in), /etc/passwd and
# /etc/group naming the image's user (uid 999; glibc and the JDK's user.name/user.home look it up), /tmp, and
# /work owned by that user. A tar, because ADD keeps a tar's owners where COPY makes everything root's.
# No shell, no package manager, no CA bundle: HTTPS trusts the certificates built into the executable (the
# building JDK's cacerts), and -Djavax.net.ssl.trustStore=FILE names another at run time.
#
#   src/main/docker/image-root.sh target/nutriscan-VERSION-runner
set -euo pipefail
runner=$(realpath "${1:?usage: image-root.sh RUNNER}")
cd "$(dirname "$0")/../../.."
root=target/image-root
rm -rf "$root"
mkdir -p "$root/etc" "$root/tmp" "$root/work"
chmod 1777 "$root/tmp"
libs=$(ldd "$runner" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}')
[ -n "$libs" ] || { echo "image-root: ldd found no libraries for $runner (a static executable needs none: fine)" >&2; }
for lib in $libs; do
  cp -L --parents "$lib" "$root/"
done
printf 'root:x:0:0:root:/root:/sbin/nologin\nnutriscan:x:999:999:nutriscan:/work:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnutriscan:x:999:\n' > "$root/etc/group"
tar -cf "$root.tar" --owner=0 --group=0 --numeric-owner --exclude=./work -C "$root" .
tar -rf "$root.tar" --owner=999 --group=999 --numeric-owner -C "$root" ./work
echo "$root.tar: $(du -sk "$root" | cut -f1) KiB ($(echo $libs | tr ' ' ','))"
