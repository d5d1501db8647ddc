# Shared helpers for the project's scripts; source it, don't run it.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "$*"; exit 1; }

# The arguments as one exec.args value for exec-maven-plugin, each in single quotes (which it strips), so that one may
# hold spaces and double quotes: a query, a path.
exec_args() {
  local arg quoted=""
  for arg in "$@"; do
    [[ $arg != *"'"* ]] || die "an argument may not hold a single quote: $arg"
    quoted+="'$arg' "
  done
  printf '%s' "$quoted"
}

# Major version of the JDK at $1, or nothing when it is not a JDK (Maven needs javac, not only java).
jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Exports JAVA_HOME as a JDK 21 or newer: JAVA_HOME when it qualifies, else the newest one found
# in the usual install places, because the default `java` may be older than the build needs.
use_jdk21() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(jdk_major "$candidate")
    [ -n "$major" ] && [ "$major" -ge 21 ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ]; then best=$candidate; break; fi
    if [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  [ -n "$best" ] || die "No JDK 21 or newer was found: install one (any vendor) and set JAVA_HOME to it."
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

# The single source of the Elasticsearch version is the root pom.
elasticsearch_version() {
  sed -n 's:.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*:\1:p' "$REPO_ROOT/pom.xml" | head -n 1
}

plugin_zip() {
  ls "$REPO_ROOT"/analysis-plugin/target/vietnamese-analysis-*.zip 2>/dev/null | head -n 1
}

mvnw() { "$REPO_ROOT/mvnw" -B "$@"; }

# Builds the plugin and prints the path of a copy of its zip: Elasticsearch installs from the copy, so a build
# running meanwhile may rewrite the original. The caller removes the copy's folder.
stage_plugin() {
  mvnw -q -pl analysis-plugin package -DskipTests >&2
  local staged; staged=$(mktemp -d)
  cp "$(plugin_zip)" "$staged/vietnamese-analysis.zip"
  echo "$staged/vietnamese-analysis.zip"
}
