#!/usr/bin/env bash
# National-scale benchmark (issue 7), run on purpose, never by the tests:
#   bash src/bench/national.sh [UNITS] [YEARS] [PEER_UNITS]        (default 3300 5 330)
#
# 1. Generates the corpus with `gongkai generate`: UNITS units × YEARS years, each year a 决算, a 部门整体
#    绩效自评 and a 项目绩效自评 (3,300 × 5 = 49,500 reports), with `charts: svg` (every chart drawn, as SVG).
# 2. Times a cold build, a no-op build and builds after one report changed and then another, each a whole
#    `java -jar` run, with peak resident memory (/usr/bin/time). JAVA_OPTS is passed to java; it defaults to -Xmx1g, the heap
#    the README tells a national portal to give the build (a build holds about half a gigabyte live; without a
#    limit G1 grows its young generation towards a quarter of RAM because it may). The cold build is also
#    run once with the JVM's default heap, to show what that costs.
# 3. Builds the same corpus without charts (`charts: none`) and reports gongkai's pages per second.
# 4. Hugo and JBake against gongkai on a corpus without charts of PEER_UNITS × YEARS, the same pages for all
#    three: gongkai builds it, src/bench/peers.sh turns every page's data.json into a Hugo and a JBake page
#    rendering the same tables from front matter / data, and times both peers (installed by the script,
#    never committed). JBake's build time grows with the square of the pages, hence a smaller corpus.
# Needs about 15 GB of free disk at the default size. Nothing is deleted until the end: on ext4, creating files
# within about five minutes of deleting hundreds of thousands is several times slower (the inode allocator
# skips recently deleted inodes), which would make a cold build look slower than it is; for the same reason,
# do not start it just after deleting a large site.
# Prints every figure; the README's table is a run of it.
set -euo pipefail
cd "$(dirname "$0")/../.."
units=${1:-3300}
years=${2:-5}
peer_units=${3:-330}
java_opts=${JAVA_OPTS--Xmx1g}
work=${BENCH_WORK:-$(mktemp -d)}
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
mvn -q -B -DskipTests package test-compile
command -v /usr/bin/time >/dev/null || apt-get install -y time >/dev/null
jar=target/gongkai.jar

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)${java_opts:+, JAVA_OPTS=$java_opts}"

# Runs a gongkai build; prints "<seconds> s (CPU <user> s user + <sys> s kernel), peak RSS <MiB> MiB"; the
# build's own last line (its phases) goes to WORK/last.log.
build() {
  local content=$1 out=$2
  sync
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" java $java_opts -jar "$jar" build --content "$content" --out "$out" \
    >"$work/last.log" 2>"$work/err.log" || { tail -n 20 "$work/err.log" >&2; echo "build failed" >&2; exit 1; }
  awk '{ printf "%.2f s (CPU %.0f s user + %.0f s kernel), peak RSS %d MiB", $1, $3, $4, $2 / 1024 }' "$work/time.txt"
}
seconds() { awk '{ print $1 }' "$work/time.txt"; }
pages() { find "$1" -name '*.html' | wc -l; }

generate() {
  java -jar "$jar" generate --units "$1" --years "$years" --out "$2" >/dev/null 2>&1
  sed -i '/^charts:/d' "$2/content/site.yaml"
  echo "charts: $3" >>"$2/content/site.yaml"
}

start=$(date +%s.%N)
generate "$units" "$work/national" svg
echo "corpus: $units units × $years years, $(find "$work/national/content" -name '*.yaml' | grep -vc 'unit.yaml\|site.yaml') reports," \
  "generated in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s"

echo "cold build (all charts, SVG):   $(build "$work/national/content" "$work/national/site")"
echo "  $(tail -n 1 "$work/last.log")"
echo "  output: $(find "$work/national/site" -type f | wc -l) files, $(pages "$work/national/site") pages, $(du -sh "$work/national/site" | cut -f1)"
national_rss=$(awk '{ print $2 }' "$work/time.txt")
national_bytes=$(du -sb "$work/national/site" | cut -f1)
echo "cold build, JVM default heap:   $(java_opts="" build "$work/national/content" "$work/default-heap")"
echo "no-op build:                    $(build "$work/national/content" "$work/national/site")"
# Changes one unit's latest 部门整体绩效自评, rebuilds, prints the timing and checks that the page changed.
change_report() {
  local label=$2 report="units/$1/$((2021 + years - 1))/department-evaluation"
  sed -i 's/提升医保经办服务能力/提升医保经办服务能力（基准测试修改）/' "$work/national/content/$report.yaml"
  echo "$label $(build "$work/national/content" "$work/national/site")"
  echo "  $(tail -n 1 "$work/last.log")"
  grep -q "基准测试修改" "$work/national/site/$report/index.html" \
    || { echo "the changed report's page was not updated" >&2; exit 1; }
}
# The first change after a cold build links every unchanged file into a new folder and keeps the old site as
# the spare; from the second on, the spare is recycled (see OutputFolder).
change_report shili-0001 "one report changed:            "
change_report shili-0002 "another report changed:        "

# Memory grows with the units far slower than the output: the same build of a tenth of the units.
generate "$peer_units" "$work/tenth" svg
echo "cold build, $peer_units units:          $(build "$work/tenth/content" "$work/tenth/site")"
tenth_rss=$(awk '{ print $2 }' "$work/time.txt")
tenth_bytes=$(du -sb "$work/tenth/site" | cut -f1)
echo "  output $(awk -v a="$national_bytes" -v b="$tenth_bytes" 'BEGIN { printf "%.1f", a / b }')× larger at $units units," \
  "peak RSS $(awk -v a="$national_rss" -v b="$tenth_rss" 'BEGIN { printf "%.1f", a / b }')× larger"

generate "$units" "$work/plain" none
echo "cold build without charts:      $(build "$work/plain/content" "$work/plain/site")"
plain_pages=$(pages "$work/plain/site")
echo "  gongkai: $plain_pages pages = $(awk -v p="$plain_pages" -v s="$(seconds)" 'BEGIN { printf "%.0f", p / s }') pages/s"

echo "peers, $peer_units units × $years years without charts, the same pages for all three:"
generate "$peer_units" "$work/peer" none
build "$work/peer/content" "$work/peer/site" >/dev/null
peer_pages=$(find "$work/peer/site" -name data.json | wc -l)
gongkai_pages=$(pages "$work/peer/site")
echo "gongkai $(java -jar "$jar" --version | head -1 | awk '{print $NF}'): $gongkai_pages pages in $(seconds) s" \
  "= $(awk -v p="$gongkai_pages" -v s="$(seconds)" 'BEGIN { printf "%.0f", p / s }') pages/s" \
  "($peer_pages of them with tables, as the peers build)"
bash src/bench/peers.sh "$work/peer/site" "$work/peers"
