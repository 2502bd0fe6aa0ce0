#!/usr/bin/env bash
# What each of `outputs:` costs (issue 16), run on purpose, never by the tests:
#   bash src/bench/outputs.sh [UNITS] [YEARS] [NATIONAL_REPORTS]        (default 33 5 49500)
#
# 1. Generates a corpus with `gongkai generate` (UNITS × YEARS unit-years, each a 决算, a 部门整体绩效自评 and a
#    项目绩效自评; `charts: svg`), a hundredth of the national corpus at the default size.
# 2. Builds it cold once with `outputs: [html]` and once with html plus each other output alone, each a whole
#    `java -jar` run into a fresh folder, with peak resident memory (/usr/bin/time). JAVA_OPTS defaults to
#    -Xmx1g, as for a national build.
# 3. An output's cost is its build's CPU time (user + kernel: less disturbed than wall time by whatever else
#    runs on the machine) minus the html-only build's, and the bytes of its files. Both grow with the reports
#    (each report's file is made from that report alone), so the national figure is the cost per report
#    times NATIONAL_REPORTS; the script prints both, and the wall time it would take on this machine's cores.
# 4. Changes one report and rebuilds with every output on: only that report's files are made again.
# Needs the PDF font (Debian fonts-wqy-zenhei, which .ci/run installs) for the pdf build.
set -euo pipefail
cd "$(dirname "$0")/../.."
units=${1:-33}
years=${2:-5}
national=${3:-49500}
java_opts=${JAVA_OPTS--Xmx1g}
work=${BENCH_WORK:-$(mktemp -d)}
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
mvn -q -B -DskipTests package
command -v /usr/bin/time >/dev/null || apt-get install -y time >/dev/null
jar=target/gongkai.jar
cores=$(nproc)

echo "machine: $cores cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)${java_opts:+, JAVA_OPTS=$java_opts}," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"

java -jar "$jar" generate --units "$units" --years "$years" --out "$work/corpus" >/dev/null 2>&1
site_yaml="$work/corpus/content/site.yaml"
sed -i '/^charts:/d; /^outputs:/d' "$site_yaml"
echo "charts: svg" >>"$site_yaml"
reports=$(find "$work/corpus/content" -name '*.yaml' | grep -vc 'unit.yaml\|site.yaml\|/\.schema/')
echo "corpus: $units units × $years years = $reports reports (national: $national, ×$(awk -v n="$national" -v r="$reports" 'BEGIN { printf "%.0f", n / r }'))"

# Builds the corpus with the given outputs into OUT; sets cpu (s), wall (s) and rss (MiB).
build() {
  local outputs=$1 out=$2
  sed -i '/^outputs:/d' "$site_yaml"
  echo "outputs: [$outputs]" >>"$site_yaml"
  sync
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" java $java_opts -jar "$jar" build --content "$work/corpus/content" --out "$out" \
    >"$work/last.log" 2>"$work/err.log" || { tail -n 20 "$work/err.log" >&2; echo "build failed" >&2; exit 1; }
  read -r wall rss user sys <"$work/time.txt"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  rss=$((rss / 1024))
}
bytes() { find "$1" -type f -name "$2" -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
count() { find "$1" -type f -name "$2" | wc -l; }

build html "$work/html"
base_cpu=$cpu
printf '%-8s %8s %8s %9s %10s %12s %14s %14s %12s\n' output "wall s" "CPU s" "RSS MiB" files "CPU ms/rpt" "KB/report" "national CPU h" "national GB"
printf '%-8s %8.1f %8.1f %9d %10d %12.1f %14s %14.2f %12.1f\n' html "$wall" "$cpu" "$rss" "$(count "$work/html" index.html)" \
  "$(awk -v c="$cpu" -v r="$reports" 'BEGIN { print c * 1000 / r }')" \
  "$(awk -v b="$(du -sb "$work/html" | cut -f1)" -v r="$reports" 'BEGIN { printf "%.0f", b / 1024 / r }')" \
  "$(awk -v c="$cpu" -v r="$reports" -v n="$national" 'BEGIN { print c / r * n / 3600 }')" \
  "$(awk -v b="$(du -sb "$work/html" | cut -f1)" -v r="$reports" -v n="$national" 'BEGIN { printf "%.1f", b / r * n / 1e9 }')"
for output in xlsx docx pdf article; do
  case $output in
    xlsx) name=report.xlsx ;; docx) name=report.docx ;; pdf) name=report.pdf ;; article) name=article.html ;;
  esac
  build "html, $output" "$work/$output"
  made=$(count "$work/$output" "$name")
  [ "$made" -eq "$reports" ] || { echo "$output: $made files for $reports reports" >&2; exit 1; }
  size=$(bytes "$work/$output" "$name")
  printf '%-8s %8.1f %8.1f %9d %10d %12.1f %14.0f %14.2f %12.1f\n' "+$output" "$wall" "$cpu" "$rss" "$made" \
    "$(awk -v c="$cpu" -v b="$base_cpu" -v r="$reports" 'BEGIN { print (c - b) * 1000 / r }')" \
    "$(awk -v s="$size" -v r="$reports" 'BEGIN { print s / 1024 / r }')" \
    "$(awk -v c="$cpu" -v b="$base_cpu" -v r="$reports" -v n="$national" 'BEGIN { print (c - b) / r * n / 3600 }')" \
    "$(awk -v s="$size" -v r="$reports" -v n="$national" 'BEGIN { print s / r * n / 1e9 }')"
  rm -rf "${work:?}/$output"
done
echo "(national CPU h and GB: this run's cost per report × $national reports; the wall time is about the CPU time divided by the cores the build is given ($cores here))"

build "html, xlsx, docx, pdf, article" "$work/all"
echo "cold build with every output:   $(printf '%.1f s wall, %.1f s CPU, peak RSS %d MiB' "$wall" "$cpu" "$rss")"
report="units/shili-0001/$((2021 + years - 1))/department-evaluation"
sed -i 's/提升医保经办服务能力/提升医保经办服务能力（基准测试修改）/' "$work/corpus/content/$report.yaml"
build "html, xlsx, docx, pdf, article" "$work/all"
echo "one report changed, every output: $(printf '%.1f s wall, %.1f s CPU, peak RSS %d MiB' "$wall" "$cpu" "$rss")"
echo "  $(tail -n 1 "$work/last.log")"
grep -q "基准测试修改" "$work/all/$report/article.html" || { echo "the changed report's article was not made again" >&2; exit 1; }
