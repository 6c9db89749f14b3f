#!/usr/bin/env bash
# The pages issue 11 sets speed goals for, at 100,000 people on PostgreSQL, with p50/p99 (wrk):
#   calibration (admin), manager consistency (admin), the pay gap report (admin), "My team" for the
#   head of about 1,000 people, a standing page and the standing API (the person's manager).
# Usage: bench/scale-load.sh [PEOPLE]   (default 100000)
# Environment:
#   RUNGS_BENCH_JAR      the jar to serve (default rungs-app/target/rungs.jar), so that two builds
#                        can be measured on the same database, one after the other
#   RUNGS_BENCH_DB_URL   an already filled database (from an earlier run's `rungs demo`, made with
#                        the same RUNGS_PAY_KEY): skips starting PostgreSQL and the demo
#   RUNGS_PAY_KEY        the pay key (default: a fresh one; give the one the database was made with)
#   RUNGS_BENCH_WARMUP   seconds of load on each page before measuring it (default 30)
#   RUNGS_BENCH_SECONDS  seconds measured per page (default 20)
# Results: target/bench/scale-load.md. Loopback only; everything it starts is stopped on exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
people="${1:-100000}"
port="${RUNGS_BENCH_PORT:-18282}"
pg_port="${RUNGS_BENCH_PG_PORT:-55482}"
warmup="${RUNGS_BENCH_WARMUP:-30}"
seconds="${RUNGS_BENCH_SECONDS:-20}"
jar="${RUNGS_BENCH_JAR:-$root/rungs-app/target/rungs.jar}"
out="target/bench"
mkdir -p "$out"
export RUNGS_DB_USER=postgres
export RUNGS_PAY_KEY="${RUNGS_PAY_KEY:-$(head -c 32 /dev/urandom | base64)}"
rungs() { java -XX:TieredStopAtLevel=1 -jar "$jar" "$@"; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_dir=""
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  if [[ -n "$pg_dir" ]]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

demo_note="the database was filled earlier"
if [[ -z "${RUNGS_BENCH_DB_URL:-}" ]]; then
  pg_dir=$(mktemp -d)
  chown postgres:postgres "$pg_dir"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
  db="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
  echo "[scale-load] rungs demo --people $people" >&2
  demo_started=$(date +%s%N)
  rungs demo --people "$people" --db-url "$db" > "$out/scale-demo.txt" 2> "$out/scale-demo.err"
  demo_ms=$(( ($(date +%s%N) - demo_started) / 1000000 ))
  demo_note="\`rungs demo --people $people\` took $demo_ms ms (JVM start included)"
else
  db="$RUNGS_BENCH_DB_URL"
fi
psql_url="postgresql://postgres@${db#jdbc:postgresql://}"
sql() { psql "$psql_url" -Atc "$1"; }

# The head of the organisation closest to 1,000 people (themselves excluded), a team manager and
# one of their reports, and the admin.
head_email=$(sql "with recursive chain (id, top) as (
    select id, id from person where manager_id is not null
    union all
    select c.id, p.manager_id from chain c join person p on p.id = c.top where p.manager_id is not null)
  select p.email from chain c join person p on p.id = c.top where c.id <> c.top
  group by p.email order by abs(count(*) - 1000), p.email limit 1")
lead_email=$(sql "select m.email from person m where exists (select 1 from person r where r.manager_id = m.id)
  and not exists (select 1 from person r join person rr on rr.manager_id = r.id where r.manager_id = m.id)
  order by m.id limit 1")
member_id=$(sql "select r.id from person r join person m on m.id = r.manager_id where m.email = '$lead_email' order by r.id limit 1")
read -r framework level < <(sql "select framework, level from person where framework is not null and level is not null
  group by framework, level order by count(*) desc limit 1" | tr '|' ' ')
token() { rungs users token "$1" --db-url "$db" 2>/dev/null | tail -1; }
admin_token=$(token admin@example.com)
head_token=$(token "$head_email")
lead_token=$(token "$lead_email")

java -jar "$jar" serve --db-url "$db" --port "$port" > "$out/scale-serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
base="http://127.0.0.1:$port"
head_people=$(curl -sf -H "Authorization: Bearer $head_token" "$base/api/v1/people" | grep -o '"id":' | wc -l)
at_level=$(sql "select count(*) from person where framework = '$framework' and level = $level")

measure() { # name token path
  local name=$1 token=$2 path=$3
  # The first request alone (after the server's start and the pages before): its status and time.
  local status first
  read -r status first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 300 \
    -H "Authorization: Bearer $token" "$base$path")
  wrk -t1 -c2 -d"${warmup}s" -H "Authorization: Bearer $token" "$base$path" >/dev/null
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  wrk -t2 -c4 -d"${seconds}s" --timeout 60s --latency -H "Authorization: Bearer $token" "$base$path" \
    > "$out/scale-$name.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/scale-$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$out/scale-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$out/scale-$name.txt")
  local requests
  requests=$(awk '/requests in/ {print $1}' "$out/scale-$name.txt")
  echo "| $name | \`$path\` | $status | ${first}s | $requests | $rps | $p50 | $p99 | $load |"
}

encoded_framework=$(printf %s "$framework" | sed 's|/|%2F|g')
{
  echo "# Issue 11's pages under load: $people people on PostgreSQL"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), jar \`$(basename "$jar")\` ($(stat -c %y "$jar" | cut -c1-16)), 2 cores shared by wrk, PostgreSQL, Rungs and other builds; $demo_note."
  echo "Head: $head_people people (themselves included). Calibration: $framework level $level, $at_level people."
  echo "Load average (1, 5, 15 min) when measuring began: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Each page: $warmup s warm-up (\`wrk -t1 -c2\`), then \`wrk -t2 -c4 -d${seconds}s --latency\` with a personal API token."
  echo
  echo "| page | path | status | first request | requests measured | req/s | p50 | p99 | load (1 min) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  measure "standing-page" "$lead_token" "/people/$member_id/"
  measure "standing-api" "$lead_token" "/api/v1/people/$member_id/standing"
  measure "team-of-head" "$head_token" "/team/"
  measure "calibration" "$admin_token" "/team/calibration/?framework=$encoded_framework&level=$level"
  measure "consistency" "$admin_token" "/admin/pay/consistency/"
  measure "pay-gap" "$admin_token" "/admin/pay/gap/"
} | tee "$out/scale-load.md"
