#!/usr/bin/env bash
# Load on the people pages with a 10,000-person organisation on PostgreSQL:
#   "my team" for a manager of managers and for a team manager, a standing page, the standing API.
# Usage: bench/people-load.sh [PEOPLE]   (default 10000)
# RUNGS_BENCH_WARMUP: seconds of load on each page before measuring it (default 60). On a busy
# machine the JIT is still compiling after 5 s, so a short warm-up measures the JIT, not Rungs.
# Starts a throwaway PostgreSQL on a loopback port (Debian's postgresql package), fills it with
# `rungs demo`, serves it with `rungs serve`, and measures each page with wrk (p50/p99).
# Results: target/bench/people-load.md. Loopback only; everything it starts is stopped on exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
people="${1:-10000}"
port="${RUNGS_BENCH_PORT:-18281}"
pg_port="${RUNGS_BENCH_PG_PORT:-55481}"
warmup="${RUNGS_BENCH_WARMUP:-60}"
out="target/bench"
mkdir -p "$out"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_dir=$(mktemp -d)
chown postgres:postgres "$pg_dir"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
db="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
export RUNGS_DB_USER=postgres

echo "[people-load] rungs demo --people $people" >&2
demo_started=$(date +%s%N)
./rungs demo --people "$people" --db-url "$db" > "$out/people-demo.txt" 2> "$out/people-demo.err"
demo_ms=$(( ($(date +%s%N) - demo_started) / 1000000 ))
top=$(awk '/manager of managers/ {print $4}' "$out/people-demo.txt")
lead=$(awk '$1 == "manager" && $2 ~ /@/ {print $2}' "$out/people-demo.txt")
member=$(awk '$1 == "member" {print $2}' "$out/people-demo.txt")
top_token=$(./rungs users token "$top" --db-url "$db" 2>/dev/null | tail -1)
lead_token=$(./rungs users token "$lead" --db-url "$db" 2>/dev/null | tail -1)

./rungs serve --db-url "$db" --port "$port" > "$out/people-serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
base="http://127.0.0.1:$port"
member_id=$(curl -sf -H "Authorization: Bearer $lead_token" "$base/api/v1/people" \
  | grep -o "\"id\":[0-9]*,\"email\":\"$member\"" | grep -o '[0-9]*' | head -1)
top_reports=$(curl -sf -H "Authorization: Bearer $top_token" "$base/api/v1/people" | grep -o '"id":' | wc -l)
lead_reports=$(curl -sf -H "Authorization: Bearer $lead_token" "$base/api/v1/people" | grep -o '"id":' | wc -l)

measure() { # name token path
  local name=$1 token=$2 path=$3
  wrk -t1 -c4 -d"${warmup}s" -H "Authorization: Bearer $token" "$base$path" >/dev/null
  wrk -t2 -c8 -d15s --latency -H "Authorization: Bearer $token" "$base$path" > "$out/people-$name.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/people-$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$out/people-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$out/people-$name.txt")
  echo "| $name | \`$path\` | $rps | $p50 | $p99 |"
}

{
  echo "# People pages under load: $people people on PostgreSQL"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), 2 cores shared by wrk, PostgreSQL and Rungs. \`rungs demo --people $people\` took $demo_ms ms (JVM start included)."
  echo "The manager of managers sees $top_reports people (themselves included), the team manager $lead_reports."
  echo "Load average (1, 5, 15 min) when measuring began: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Each page: $warmup s warm-up, then \`wrk -t2 -c8 -d15s --latency\` with a personal API token."
  echo
  echo "| page | path | req/s | p50 | p99 |"
  echo "|---|---|---:|---:|---:|"
  measure "team-of-manager-of-managers" "$top_token" "/team/"
  measure "team-of-manager" "$lead_token" "/team/"
  measure "standing-page" "$lead_token" "/people/$member_id/"
  measure "standing-api" "$lead_token" "/api/v1/people/$member_id/standing"
} | tee "$out/people-load.md"
