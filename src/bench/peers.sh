#!/usr/bin/env bash
# Benchmark of the peers Hugo and JBake (issue 7), run on purpose, never by the tests:
#   bash src/bench/peers.sh SITE WORK
# SITE: a site built by gongkai (with or without charts: only the data.json beside its pages is read).
# WORK: a scratch folder. Run `mvn -q -B -DskipTests package test-compile` first: PeerCorpus runs from
# target/gongkai.jar:target/test-classes (GONGKAI_CP overrides that, relative to the repository root).
# Installs Hugo (Debian package) and fetches jbake-core 2.7.0 (JBAKE_VERSION overrides; data files need 2.7 or later)
# with its runtime dependencies from Maven Central into WORK; nothing of the peers is committed. Both build the same
# pages, each a title and its tables rendered by the peer's own template from data, no charts. Each build is timed
# once, cold, wall-clock (for JBake JVM start included), and checked: one HTML page per page, the figures in them.
# Prints: "hugo|jbake <version>: <pages> pages in <seconds> s = <pages/s> pages/s".
set -euo pipefail
if [ $# -ne 2 ]; then
  sed -n '2,11p' "$0" >&2
  exit 2
fi
site=$(realpath "$1")
mkdir -p "$2"
work=$(realpath "$2")
cd "$(dirname "$0")/../.."
classpath=${GONGKAI_CP:-target/gongkai.jar:target/test-classes}
jbake_version=${JBAKE_VERSION:-2.7.0}

fail() { echo "peers.sh: $*" >&2; exit 1; }
# Runs a command with its output to a log in WORK; on failure prints the log's tail and stops.
logged() {
  local log=$1
  shift
  "$@" >"$log" 2>&1 || { tail -n 40 "$log" >&2; fail "failed: $* (log: $log)"; }
}

# Hugo, the Debian package.
if ! command -v hugo >/dev/null; then
  apt-get install -y hugo >"$work/apt.log" 2>&1 \
    || { apt-get update >>"$work/apt.log" 2>&1 && apt-get install -y hugo >>"$work/apt.log" 2>&1; } \
    || { tail -n 20 "$work/apt.log" >&2; fail "could not install hugo"; }
fi
hugo_version=$(hugo version | sed -E 's/^hugo v([0-9.]+).*/\1/')

# JBake: jbake-core, and of its optional dependencies those its launcher and Freemarker templates need, at the
# versions its own pom names.
jbake=$work/jbake-$jbake_version
if [ ! -f "$jbake/lib/jbake-core-$jbake_version.jar" ]; then
  mkdir -p "$jbake"
  (cd "$jbake" && logged "$work/maven.log" mvn -q -B dependency:copy \
    -Dartifact="org.jbake:jbake-core:$jbake_version:pom" -DoutputDirectory="$jbake")
  core_pom=$jbake/jbake-core-$jbake_version.pom
  optional=$(awk -F'[<>]' '
    /<exclusions>/ { skip = 1 } /<\/exclusions>/ { skip = 0 }
    /<dependency>/ { dep = 1; g = a = v = "" }
    dep && !skip && $2 == "groupId" { g = $3 } dep && !skip && $2 == "artifactId" { a = $3 }
    dep && !skip && $2 == "version" { v = $3 }
    /<\/dependency>/ { if (a ~ /^(freemarker|jetty-server|picocli|args4j|commons-vfs2|snakeyaml|logback-classic)$/)
      printf "<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>\n", g, a, v
      dep = 0 }' "$core_pom")
  cat >"$jbake/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.bench</groupId><artifactId>jbake-peer</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.jbake</groupId><artifactId>jbake-core</artifactId><version>$jbake_version</version></dependency>
$optional
  </dependencies>
</project>
EOF
  rm -rf "$jbake/lib"
  logged "$work/maven.log" mvn -q -B -f "$jbake/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$jbake/lib" -DincludeScope=runtime
fi
# Logging as JBake's distribution sets it: INFO for JBake, WARN for the libraries.
mkdir -p "$jbake/conf"
cat >"$jbake/conf/logback.xml" <<'EOF'
<configuration>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="OUT"/></root>
  <logger name="org.apache" level="WARN"/>
  <logger name="org.apache.commons.beanutils" level="ERROR"/>
  <logger name="org.eclipse" level="WARN"/>
</configuration>
EOF
jbake_cp="$jbake/conf:$jbake/lib/*"

# The corpus: one Hugo page and one JBake page for each page of SITE with a data.json.
java -cp "$classpath" org.gongkai.bench.PeerCorpus "$site" "$work/corpus"
pages=$(wc -l <"$work/corpus/pages.txt")
[ "$pages" -gt 0 ] || fail "no page with a data.json in $site"

# Times one build, prints its seconds.
timed() {
  local log=$1 start end
  shift
  start=$(date +%s.%N)
  logged "$log" "$@"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# Checks a peer's output: exactly one HTML file per page and, on a sample of about 20 pages, every table and every
# decimal figure of the page's data.json in its peer page.
check() {
  local peer=$1 out=$2 found page html tables figure figures=0
  found=$(find "$out" -name '*.html' | wc -l)
  [ "$found" -eq "$pages" ] || fail "$peer wrote $found HTML pages, expected $pages (in $out)"
  while read -r page; do
    html=$out/$page/index.html
    [ -f "$html" ] || fail "$peer wrote no $html"
    tables=$(grep -o '"caption"' "$site/$page/data.json" | wc -l)
    [ "$(grep -o '<table>' "$html" | wc -l)" -eq "$tables" ] || fail "$peer: $html has not the $tables tables of $page"
    [ "$(grep -o '<th>' "$html" | wc -l)" -gt 0 ] || fail "$peer: $html has no header cells"
    while read -r figure; do
      grep -qF ">$figure<" "$html" || fail "$peer: $html lacks $figure of $site/$page/data.json"
      figures=$((figures + 1))
    done < <(grep -oE '"-?[0-9][0-9,]*\.[0-9]+%?"' "$site/$page/data.json" | tr -d '"' | sort -u)
  done < <(awk -v step=$(((pages + 19) / 20)) '(NR - 1) % step == 0' "$work/corpus/pages.txt")
  [ "$figures" -gt 0 ] || fail "$peer: no figure found to check"
}

report() {
  awk -v peer="$1" -v version="$2" -v pages="$pages" -v s="$3" \
    'BEGIN { printf "%s %s: %d pages in %.2f s = %.0f pages/s\n", peer, version, pages, s, pages / s }'
}

rm -rf "$work/hugo-out" "$work/hugo-cache"
seconds=$(timed "$work/hugo.log" hugo --quiet --source "$work/corpus/hugo" --destination "$work/hugo-out" \
  --cacheDir "$work/hugo-cache")
check hugo "$work/hugo-out"
report hugo "$hugo_version" "$seconds"

rm -rf "$work/jbake-out"
seconds=$(timed "$work/jbake.log" java -cp "$jbake_cp" org.jbake.launcher.Main -b "$work/corpus/jbake" "$work/jbake-out")
grep -q "Baked $pages items" "$work/jbake.log" || { tail -n 40 "$work/jbake.log" >&2; fail "jbake did not bake $pages items"; }
check jbake "$work/jbake-out"
report jbake "$jbake_version" "$seconds"
