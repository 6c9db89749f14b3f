#!/usr/bin/env bash
# Time the organisation overview and the people list with a 10,000-person organisation on
# PostgreSQL, for the build under test and, in the same run, a reference build.
# Usage: bench/org-load.sh [PEOPLE]   (default 10000)
#   RUNGS_BENCH_JAR        the build to measure (default rungs-app/target/rungs.jar)
#   RUNGS_BENCH_REFERENCE  an earlier rungs.jar measured on the same database right after it
#   RUNGS_BENCH_REQUESTS   timed requests per page after 5 untimed ones (default 20)
# Pages take up to seconds each, so requests are sent one at a time with curl and timed from
# first byte sent to last byte received; each line gives the median and the slowest. Starts a
# throwaway PostgreSQL on a loopback port (Debian's postgresql package) and stops everything it
# started on exit. Results: target/bench/org-load.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
people="${1:-10000}"
port="${RUNGS_BENCH_PORT:-18291}"
pg_port="${RUNGS_BENCH_PG_PORT:-55491}"
jar="${RUNGS_BENCH_JAR:-rungs-app/target/rungs.jar}"
reference="${RUNGS_BENCH_REFERENCE:-}"
requests="${RUNGS_BENCH_REQUESTS:-20}"
out="target/bench"
mkdir -p "$out"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_dir=$(mktemp -d)
chown postgres:postgres "$pg_dir"
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() {
  stop_server
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
db="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
export RUNGS_DB_USER=postgres

echo "[org-load] rungs demo --people $people" >&2
java -jar "$jar" demo --people "$people" --db-url "$db" > "$out/org-demo.txt" 2> "$out/org-demo.err"
admin=$(awk '$1 == "admin" && $2 ~ /@/ {print $2}' "$out/org-demo.txt" | head -1)
top=$(awk '/manager of managers/ {print $4}' "$out/org-demo.txt")
admin_token=$(java -jar "$jar" users token "$admin" --db-url "$db" 2>/dev/null | tail -1)
top_token=$(java -jar "$jar" users token "$top" --db-url "$db" 2>/dev/null | tail -1)
base="http://127.0.0.1:$port"

# median and slowest of $requests timed GETs, in ms
timed() { # token path
  local token=$1 path=$2 i
  for i in 1 2 3 4 5; do curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base$path"; done
  for i in $(seq 1 "$requests"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base$path"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.0f ms | %.0f ms", t[int((NR + 1) / 2)], t[NR] }'
}

measure_build() { # label jar
  local label=$1 build=$2
  java -jar "$build" serve --db-url "$db" --port "$port" > "$out/org-serve-$label.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 180); do curl -sf "$base/health" >/dev/null && break; sleep 1; done
  local page
  for page in "admin /org/" "top /org/" "admin /admin/people/" "admin /admin/people/?sublevel=D"; do
    local who=${page%% *} path=${page#* } token
    [[ $who == admin ]] && token=$admin_token || token=$top_token
    local bytes
    bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "$base$path")
    echo "| $label | $who | \`$path\` | $(timed "$token" "$path") | $bytes |"
  done
  stop_server
}

{
  echo "# Organisation overview and people list: $people people on PostgreSQL"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), 2 cores shared by curl, PostgreSQL and Rungs (and other builds)."
  echo "Load average (1, 5, 15 min) when measuring began: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Each page: 5 untimed requests, then $requests timed one at a time (median, slowest)."
  echo
  echo "| build | who | path | median | slowest | bytes |"
  echo "|---|---|---|---:|---:|---:|"
  measure_build "this" "$jar"
  if [[ -n "$reference" ]]; then
    measure_build "reference" "$reference"
  fi
  echo
  echo "Load average when done: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$out/org-load.md"
