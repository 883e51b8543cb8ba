# Finds a JDK 21 or newer (virtual threads) and exports JAVA_HOME and PATH to use it.
# Sourced by ./mvnw, ./nutriscan and .ci/run. Order: $JAVA_HOME, the java on PATH, then the
# usual install folders, newest first. Prints what it found wrong and returns 1 when none fits.

NUTRISCAN_MIN_JAVA=21

# Sets _nj_feature to the feature release (17, 21, 25, ...) of the Java home in $1, or to nothing. Reads the
# release file with shell builtins: the launcher calls this for every JDK it looks at, and each process
# started here is a millisecond or two of every run.
nutriscan_read_feature() {
  _nj_feature=
  [ -x "$1/bin/java" ] || return 0
  _nj_v=
  if [ -f "$1/release" ]; then
    while IFS= read -r _nj_line || [ -n "$_nj_line" ]; do
      case $_nj_line in
        JAVA_VERSION=*) _nj_v=${_nj_line#JAVA_VERSION=}; _nj_v=${_nj_v#\"}; _nj_v=${_nj_v%%\"*}; break ;;
      esac
    done < "$1/release"
  fi
  [ -n "$_nj_v" ] || _nj_v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  case $_nj_v in 1.*) _nj_v=${_nj_v#1.} ;; esac
  _nj_feature=${_nj_v%%[!0-9]*}
}

# The same, printed.
nutriscan_java_feature() {
  nutriscan_read_feature "$1"
  [ -z "$_nj_feature" ] || printf '%s\n' "$_nj_feature"
}

# Succeeds when $1 is a Java home of at least the minimum release (with javac when $2 = jdk).
nutriscan_java_fits() {
  nutriscan_read_feature "$1"
  [ -n "$_nj_feature" ] && [ "$_nj_feature" -ge "$NUTRISCAN_MIN_JAVA" ] || return 1
  [ "${2:-}" != jdk ] || [ -x "$1/bin/javac" ]
}

# Sets JAVA_HOME to a fitting Java home; $1 = jdk when javac is needed (building), else any runtime.
nutriscan_use_java() {
  _nj_need=${1:-jdk}
  _nj_report=
  if [ -n "${JAVA_HOME:-}" ]; then
    if nutriscan_java_fits "$JAVA_HOME" "$_nj_need"; then export JAVA_HOME; nutriscan_path; return 0; fi
    _nj_report="$_nj_report
  JAVA_HOME=$JAVA_HOME: $(nutriscan_describe "$JAVA_HOME")"
  fi
  _nj_java=$(command -v java 2>/dev/null || true)
  if [ -n "$_nj_java" ]; then
    _nj_home=$(readlink -f "$_nj_java" 2>/dev/null || printf '%s' "$_nj_java")
    _nj_home=${_nj_home%/*}
    _nj_home=${_nj_home%/*}
    if nutriscan_java_fits "$_nj_home" "$_nj_need"; then JAVA_HOME=$_nj_home; export JAVA_HOME; nutriscan_path; return 0; fi
    _nj_report="$_nj_report
  java on PATH ($_nj_java): $(nutriscan_describe "$_nj_home")"
  fi
  _nj_best= _nj_best_f=0
  _nj_glob_off=false
  case $- in *f*) _nj_glob_off=true; set +f ;; esac
  for _nj_home in /usr/lib/jvm/* /usr/local/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
      "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/*; do
    [ -d "$_nj_home" ] || continue
    nutriscan_java_fits "$_nj_home" "$_nj_need" || continue
    if [ "$_nj_feature" -gt "$_nj_best_f" ]; then _nj_best=$_nj_home _nj_best_f=$_nj_feature; fi
  done
  if $_nj_glob_off; then set -f; fi
  if [ -n "$_nj_best" ]; then
    if [ -n "${JAVA_HOME:-}" ]; then
      echo "nutriscan: JAVA_HOME=$JAVA_HOME is $(nutriscan_describe "$JAVA_HOME"); using $_nj_best" >&2
    fi
    JAVA_HOME=$_nj_best; export JAVA_HOME; nutriscan_path; return 0
  fi
  if [ "$_nj_need" = jdk ]; then _nj_what="a JDK $NUTRISCAN_MIN_JAVA or newer (with javac)"; else _nj_what="Java $NUTRISCAN_MIN_JAVA or newer"; fi
  cat >&2 <<MSG
nutriscan: needs $_nj_what for its virtual threads, and found none.${_nj_report:-
  JAVA_HOME is not set and there is no java on PATH.}
  Also searched: /usr/lib/jvm, /usr/local/lib/jvm, /usr/java, /opt/java, /opt/*jdk*, ~/.sdkman, ~/.jdks.
Install a JDK $NUTRISCAN_MIN_JAVA+ (for example 'apt-get install openjdk-21-jdk-headless' or Temurin 25) and
set JAVA_HOME to its folder.
MSG
  return 1
}

nutriscan_describe() {
  nutriscan_read_feature "$1"
  _nj_f=$_nj_feature
  if [ -z "$_nj_f" ]; then printf 'no bin/java there'
  elif [ "$_nj_f" -lt "$NUTRISCAN_MIN_JAVA" ]; then printf 'Java %s, too old' "$_nj_f"
  else printf 'Java %s but no javac (a runtime, not a JDK)' "$_nj_f"; fi
}

nutriscan_path() { PATH="$JAVA_HOME/bin:$PATH"; export PATH; }
