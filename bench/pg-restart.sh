#!/usr/bin/env bash
# Restart PostgreSQL under load: the app must recover by itself, with errors only while the
# database is down. Starts a throwaway PostgreSQL (Debian's package) on loopback port
# RUNGS_BENCH_PG_PORT (default 55434) with its data in a temporary folder, `rungs demo --people 50`,
# and `rungs serve`; runs 4 clients (2 reading a standing over the API, 2 adding evidence; curl, 2 s
# timeout, each answer logged with its time in ms), stops PostgreSQL (fast shutdown) after
# 10 s, keeps it down DOWN s, starts it again, and keeps the load on RUNGS_BENCH_AFTER s more
# (default 40); at the end the server's threads are dumped to threads.txt.
# Usage: bench/pg-restart.sh [CYCLES] [DOWN]   (default 3 cycles, 5 s down)
# Results: target/bench/pg-restart.md: per cycle, when the database went down and came back, the
# first and last failed request, and how long after the database was back the app answered again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
cycles="${1:-3}"
down="${2:-5}"
before=10
after="${RUNGS_BENCH_AFTER:-40}"
port="${RUNGS_BENCH_PORT:-18311}"
pg_port="${RUNGS_BENCH_PG_PORT:-55434}"
out="target/bench/pg-restart"
rm -rf "$out"
mkdir -p "$out"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_dir=$(mktemp -d)
chown postgres:postgres "$pg_dir"
server_pid=""
clients=()
cleanup() {
  for c in "${clients[@]}"; do kill "$c" 2>/dev/null || true; done
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
pg() { runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w "$@" >/dev/null; }
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
pg -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start
db="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
export RUNGS_DB_USER=postgres
now() { date +%s%3N; }

./rungs demo --people 50 --db-url "$db" > "$out/demo.txt" 2> "$out/demo.err"
lead=$(awk '$1 == "manager" && $2 ~ /@/ {print $2}' "$out/demo.txt")
member=$(awk '$1 == "member" {print $2}' "$out/demo.txt")
lead_token=$(./rungs users token "$lead" --db-url "$db" 2>/dev/null | tail -1)
# Another program on the port would answer in our place: refuse to measure it.
if curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/"; then
  echo "something already answers on port $port: set RUNGS_BENCH_PORT" >&2
  exit 1
fi
./rungs serve --db-url "$db" --bind 127.0.0.1 --port "$port" > "$out/serve.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do curl -sf "$base/health/readiness" >/dev/null && break; sleep 0.5; done
member_id=$(curl -sf -H "Authorization: Bearer $lead_token" "$base/api/v1/people" \
  | grep -o "\"id\":[0-9]*,\"email\":\"$member\"" | grep -o '[0-9]*' | head -1)
criterion=$(curl -sf -H "Authorization: Bearer $lead_token" "$base/api/v1/people/$member_id/evidence" \
  | grep -o '"criterionIds":\["[^"]*"' | head -1 | sed 's/.*\["//; s/"$//')

reader() {
  while :; do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' -H "Authorization: Bearer $lead_token" \
      "$base/api/v1/people/$member_id/standing" || true)
    echo "$(now) $code read" >> "$out/requests-$1.log"
    sleep 0.05
  done
}
writer() {
  local n=0
  while :; do
    n=$((n + 1))
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' -H "Authorization: Bearer $lead_token" \
      -H 'Content-Type: application/json' \
      -d "{\"note\":\"restart-$1-$n\",\"criterionIds\":[\"$criterion\"]}" \
      "$base/api/v1/people/$member_id/evidence" || true)
    echo "$(now) $code write" >> "$out/requests-$1.log"
    sleep 0.05
  done
}
for c in r1 r2; do reader "$c" & clients+=($!); done
for c in w1 w2; do writer "$c" & clients+=($!); done

: > "$out/events.txt"
for cycle in $(seq 1 "$cycles"); do
  sleep "$before"
  echo "$cycle stop $(now)" >> "$out/events.txt"
  pg -m fast stop
  echo "$cycle stopped $(now)" >> "$out/events.txt"
  sleep "$down"
  echo "$cycle start $(now)" >> "$out/events.txt"
  pg -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start
  echo "$cycle started $(now)" >> "$out/events.txt"
  sleep "$after"
done
# The server's threads as they are at the end, to see what any stuck request waits for.
java_pid=$(pgrep -P "$server_pid" java || echo "$server_pid")
jcmd "$java_pid" Thread.print > "$out/threads.txt" 2>&1 || true
for c in "${clients[@]}"; do kill "$c" 2>/dev/null || true; done
clients=()
sleep 1
sort -n "$out"/requests-*.log > "$out/requests.txt"
ready=$(curl -s -o /dev/null -w '%{http_code}' "$base/health/readiness")

# For each cycle: requests between its stop and the next cycle's stop.
{
  echo "## PostgreSQL restarted under load: $cycles cycles, $down s down each, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Load average (1, 5, 15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg). Times in seconds from the moment the"
  echo "stop began; 'back' is when \`pg_ctl start\` returned (the database accepts connections)."
  echo
  echo "| cycle | database stopped | database back | requests | failed | first failure | last failure | first success after back | failures after back + 1 s |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -v cycles="$cycles" '
    FNR == NR { t[$1, $2] = $3; next }
    {
      ms = $1; ok = ($2 == "200" || $2 == "201")
      for (c = 1; c <= cycles; c++) {
        from = t[c, "stop"]; to = (c < cycles) ? t[c + 1, "stop"] : 9e15
        if (ms >= from && ms < to) {
          n[c]++
          if (!ok) { f[c]++; if (!(c in ff)) ff[c] = ms; lf[c] = ms
                     if (ms > t[c, "started"] + 1000) late[c]++ }
          if (ok && ms > t[c, "started"] && !(c in back)) back[c] = ms
        }
      }
    }
    END {
      for (c = 1; c <= cycles; c++) {
        s = t[c, "stop"]
        printf "| %d | %.2f | %.2f | %d | %d | %s | %s | %s | %d |\n", c,
          (t[c, "stopped"] - s) / 1000, (t[c, "started"] - s) / 1000, n[c], f[c] + 0,
          (c in ff) ? sprintf("%.2f", (ff[c] - s) / 1000) : "-",
          (c in lf) ? sprintf("%.2f", (lf[c] - s) / 1000) : "-",
          (c in back) ? sprintf("%.2f s after back", (back[c] - t[c, "started"]) / 1000) : "never",
          late[c] + 0
      }
    }' <(awk '{print $1, $2, $3}' "$out/events.txt") "$out/requests.txt"
  echo
  echo "Failed answers by status: $(awk '$2 != 200 && $2 != 201 {print $2}' "$out/requests.txt" | sort | uniq -c | tr '\n' ' ')"
  echo "Readiness after the last cycle: $ready. Server process alive: $(kill -0 "$server_pid" 2>/dev/null && echo yes || echo no)."
  echo "Before the first stop: $(awk -v s="$(awk 'NR==1 {print $3}' "$out/events.txt")" '$1 < s && $2 != 200 && $2 != 201' "$out/requests.txt" | wc -l) failed of $(awk -v s="$(awk 'NR==1 {print $3}' "$out/events.txt")" '$1 < s' "$out/requests.txt" | wc -l)."
} | tee "$out/../pg-restart.md"
