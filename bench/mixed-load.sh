#!/usr/bin/env bash
# A mixed workload for 60 s against `rungs serve` on PostgreSQL with `rungs demo --people 10000`:
# framework pages, sign-ins, the team and standing pages of a manager, assessing, adding evidence
# and check-in steps, by one worker per report of the demo's team manager (bench/MixedLoad.java,
# run with the JDK's source launcher). Prints requests, throughput, p50/p99 and errors per action.
# Usage: bench/mixed-load.sh [SECONDS] [PEOPLE]   (default 60 10000)
# RUNGS_BENCH_WARMUP: seconds of the same load before measuring (default 30), so that the JIT has
# compiled the code paths; its figures are thrown away.
# PostgreSQL: a throwaway server on loopback port RUNGS_BENCH_PG_PORT (default 55435) with its data
# in a temporary folder (Debian's postgresql package). Results: target/bench/mixed-load.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
people="${2:-10000}"
warmup="${RUNGS_BENCH_WARMUP:-30}"
port="${RUNGS_BENCH_PORT:-18301}"
pg_port="${RUNGS_BENCH_PG_PORT:-55435}"
out="target/bench/mixed"
rm -rf "$out"
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

echo "[mixed-load] rungs demo --people $people" >&2
./rungs demo --people "$people" --db-url "$db" > "$out/demo.txt" 2> "$out/demo.err"
lead=$(awk '$1 == "manager" && $2 ~ /@/ {print $2}' "$out/demo.txt")
lead_token=$(./rungs users token "$lead" --db-url "$db" 2>/dev/null | tail -1)
{
  echo "manager $lead_token"
  awk '$1 == "admin" || $1 == "member" || ($1 == "manager" && $2 ~ /@/) {print "login", $2, $3}
       $1 == "manager" && $2 == "of" {print "login", $4, $5}' "$out/demo.txt"
} > "$out/accounts.txt"

# Another program on the port would answer in our place: refuse to measure it.
if curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/"; then
  echo "something already answers on port $port: set RUNGS_BENCH_PORT" >&2
  exit 1
fi
./rungs serve --db-url "$db" --bind 127.0.0.1 --port "$port" > "$out/serve.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do curl -sf "$base/health/readiness" >/dev/null && break; sleep 0.5; done
curl -sf "$base/health/readiness" >/dev/null || { echo "the server did not start: $out/serve.log" >&2; exit 1; }

# One worker per report of the team manager (up to 8): the report's own token takes their steps.
curl -sf -H "Authorization: Bearer $lead_token" "$base/api/v1/people" \
  | grep -o '"id":[0-9]*,"email":"[^"]*"' | sed 's/"id":\([0-9]*\),"email":"\([^"]*\)"/\1 \2/' \
  | grep -v " $lead\$" | head -8 > "$out/reports.txt"
while read -r id email; do
  echo "report $id $(./rungs users token "$email" --db-url "$db" 2>/dev/null | tail -1)" >> "$out/accounts.txt"
done < "$out/reports.txt"
workers=$(grep -c '^report' "$out/accounts.txt")

if [[ "$warmup" -gt 0 ]]; then
  echo "[mixed-load] warming up for $warmup s" >&2
  java bench/MixedLoad.java "$base" "$warmup" "$out/accounts.txt" > "$out/warmup.txt"
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
echo "[mixed-load] measuring for $seconds s with $workers workers" >&2
java bench/MixedLoad.java "$base" "$seconds" "$out/accounts.txt" > "$out/run.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "## Mixed load: $people people on PostgreSQL, $seconds s"
  echo
  echo "$started; $workers workers (one per report of the demo's team manager), after $warmup s of"
  echo "warm-up; load average (1, 5, 15 min) $load_before before and $load_after after; wrk-free:"
  echo "bench/MixedLoad.java, Rungs and PostgreSQL share the machine's cores with other builds."
  echo
  cat "$out/run.txt"
} | tee "$out/../mixed-load.md"
grep -q ", 0 errors" "$out/run.txt"
