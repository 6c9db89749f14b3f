#!/usr/bin/env bash
# JMH: parse and resolve every file of the shared corpus, set by set, from memory.
# Usage: bench/framework-parse.sh [path/to/shared/corpus]   (default: ../shared/corpus)
# Results go to target/bench/framework-parse.txt; copy the numbers into docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${1:-$root/../shared/corpus}" && pwd)"
cd "$root"
mvn -q -B -DskipTests -Dspotless.check.skip=true -pl rungs-benchmarks -am install
mkdir -p target/bench
java -Drungs.corpus="$corpus" -jar rungs-benchmarks/target/benchmarks.jar CorpusParseBenchmark \
  -jvmArgs "-Drungs.corpus=$corpus" | tee target/bench/framework-parse.txt
