#!/usr/bin/env bash
# Benchmark of the preview and of incremental builds (issue 6), run on purpose, never by the tests:
#   bash src/bench/preview.sh [units] [years]      (default 300 × 3)
# Prints: cold build, no-op build, one report changed, and save → page served in the preview.
set -euo pipefail
cd "$(dirname "$0")/../.."
units=${1:-300}
years=${2:-3}
mvn -q -B -DskipTests package test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
java -jar target/gongkai.jar generate --units "$units" --years "$years" --out "$work" >/dev/null 2>&1
echo "corpus: $units units × $years years ($(find "$work/content" -name '*.yaml' | wc -l) YAML files)"
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
echo "cold build:            $(seconds java -jar target/gongkai.jar build --content "$work/content" --out "$work/site") s"
echo "no-op build:           $(seconds java -jar target/gongkai.jar build --content "$work/content" --out "$work/site") s"
sed -i 's/提升医保经办服务能力/提升医保经办服务能力（改）/' "$work/content/units/shili-0001/2022/department-evaluation.yaml"
echo "one report changed:    $(seconds java -jar target/gongkai.jar build --content "$work/content" --out "$work/site") s"
java -cp "target/gongkai.jar:target/test-classes" org.gongkai.bench.PreviewBenchmark "$work/content" \
  units/shili-0150/2022/department-evaluation.yaml 提升医保经办服务能力 20
echo "sample site (content/):"
cp -r content "$work/sample"
echo "  no-op build:         $(java -jar target/gongkai.jar build --content "$work/sample" --out "$work/sample-site" >/dev/null 2>&1; seconds java -jar target/gongkai.jar build --content "$work/sample" --out "$work/sample-site") s"
java -cp "target/gongkai.jar:target/test-classes" org.gongkai.bench.PreviewBenchmark "$work/sample" \
  units/nanjing/2023/department-evaluation.yaml 经办服务满意度 20
