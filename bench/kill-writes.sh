#!/usr/bin/env bash
# kill -9 under a write load: every write the server acknowledged must be there after a restart,
# and the audit trail must agree with it (one "evidence added" row per evidence row, no more).
# Usage: bench/kill-writes.sh h2|postgres [CYCLES]   (default 20)
# Each cycle starts `rungs serve`, runs 4 writers adding evidence over the API (curl, each write
# logged only once its 201 came back), and kills the server with SIGKILL after 2-5 s. At the end
# `rungs backup` reads everything back and the acknowledged writes are looked up in it.
# PostgreSQL: a throwaway server on a loopback port (Debian's postgresql package).
# Results: target/bench/kill-KIND/result.md. Loopback only; everything it starts is stopped.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
kind="${1:?say h2 or postgres}"
cycles="${2:-20}"
port="${RUNGS_BENCH_PORT:-18291}"
pg_port="${RUNGS_BENCH_PG_PORT:-55491}"
out="target/bench/kill-$kind"
rm -rf "$out"
mkdir -p "$out"

server_pid=""
writers=()
pg_dir=""
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
cleanup() {
  for w in "${writers[@]}"; do kill "$w" 2>/dev/null || true; done
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  if [[ -n "$pg_dir" ]]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

case "$kind" in
  h2) db=(--data "$out/data") ;;
  postgres)
    pg_dir=$(mktemp -d)
    chown postgres:postgres "$pg_dir"
    runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
      -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
    export RUNGS_DB_USER=postgres
    db=(--db-url "jdbc:postgresql://127.0.0.1:$pg_port/postgres") ;;
  *) echo "say h2 or postgres" >&2; exit 2 ;;
esac

./rungs demo --people 50 "${db[@]}" > "$out/demo.txt" 2> "$out/demo.err"
lead=$(awk '$1 == "manager" && $2 ~ /@/ {print $2}' "$out/demo.txt")
member=$(awk '$1 == "member" {print $2}' "$out/demo.txt")
lead_token=$(./rungs users token "$lead" "${db[@]}" 2>/dev/null | tail -1)
member_token=$(./rungs users token "$member" "${db[@]}" 2>/dev/null | tail -1)
base="http://127.0.0.1:$port"

start_server() {
  # Another program on the port would answer the readiness probe and every write in our place
  # (it happened: a colleague's server on the same port refused our token with 401s).
  if curl -s -o /dev/null -m 2 "$base/"; then
    echo "something already answers on port $port: set RUNGS_BENCH_PORT" >&2
    exit 1
  fi
  ./rungs serve "${db[@]}" --bind 127.0.0.1 --port "$port" >> "$out/serve.log" 2>&1 &
  server_pid=$!
  # Up to 5 minutes: on a machine shared with other builds a start has taken over 90 s.
  for _ in $(seq 1 600); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the server exited while starting: $out/serve.log" >&2
      exit 1
    fi
    curl -sf "$base/health/readiness" >/dev/null && return 0
    sleep 0.5
  done
  echo "the server did not become ready: $out/serve.log" >&2
  exit 1
}

writer() { # cycle writer
  local n=0 response code id
  while :; do
    n=$((n + 1))
    response=$(curl -s -m 10 -w '\n%{http_code}' \
      -H "Authorization: Bearer $member_token" -H 'Content-Type: application/json' \
      -d "{\"note\":\"kill-$1-$2-$n\",\"criterionIds\":[\"$criterion\"]}" \
      "$base/api/v1/people/$member_id/evidence" || true)
    code=${response##*$'\n'}
    if [[ "$code" == 201 ]]; then
      id=$(grep -o '"id":[0-9]*' <<<"$response" | head -1 | cut -d: -f2)
      echo "$id kill-$1-$2-$n" >> "$out/acked-$1-$2"
    elif [[ "$code" != 000 ]]; then
      echo "$code" >> "$out/refused-$1-$2"
    fi
  done
}

start_server
member_id=$(curl -sf -H "Authorization: Bearer $lead_token" "$base/api/v1/people" \
  | grep -o "\"id\":[0-9]*,\"email\":\"$member\"" | grep -o '[0-9]*' | head -1)
criterion=$(curl -sf -H "Authorization: Bearer $member_token" "$base/api/v1/people/$member_id/evidence" \
  | grep -o '"criterionIds":\["[^"]*"' | head -1 | sed 's/.*\["//; s/"$//')
echo "[kill-writes] $kind: $cycles cycles, evidence for person $member_id on criterion $criterion" >&2

started=$(date +%s)
for c in $(seq 1 "$cycles"); do
  [[ -z "$server_pid" ]] && start_server
  writers=()
  for w in 1 2 3 4; do writer "$c" "$w" & writers+=($!); done
  sleep $((2 + RANDOM % 4))
  kill -9 "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  sleep 1
  for w in "${writers[@]}"; do kill "$w" 2>/dev/null || true; done
  wait "${writers[@]}" 2>/dev/null || true
  writers=()
  echo "[kill-writes] cycle $c: $(cat "$out"/acked-"$c"-* 2>/dev/null | wc -l) acknowledged" >&2
done
elapsed=$(( $(date +%s) - started ))

cat "$out"/acked-* 2>/dev/null | sort > "$out/acked.txt" || true
./rungs backup --out "$out/after.zip" "${db[@]}" > /dev/null 2> "$out/backup.err"
# evidence rows: ["id","person_id","note",...]; audit rows: ...,"evidence","ID","added",...
unzip -p "$out/after.zip" tables/evidence.jsonl \
  | sed -nE 's/^\["([0-9]+)","[0-9]+","(kill-[^"]*)".*/\1 \2/p' | sort > "$out/stored.txt"
unzip -p "$out/after.zip" tables/audit_event.jsonl \
  | grep -o '"evidence","[0-9]*","added"' | cut -d'"' -f4 | sort -u > "$out/audited.txt"
cut -d' ' -f1 "$out/stored.txt" | sort -u > "$out/stored-ids.txt"

acked=$(wc -l < "$out/acked.txt")
missing=$(comm -23 "$out/acked.txt" "$out/stored.txt" | wc -l)
stored_kill=$(wc -l < "$out/stored.txt")
all_evidence=$(unzip -p "$out/after.zip" tables/evidence.jsonl | sed -nE 's/^\["([0-9]+)".*/\1/p' | sort -u)
# The demo's own evidence is made without audit rows; every row the load made must have one.
unaudited=$(comm -23 "$out/stored-ids.txt" "$out/audited.txt" | grep -c . || true)
orphans=$(comm -13 <(echo "$all_evidence") "$out/audited.txt" | grep -c . || true)
refused=$(cat "$out"/refused-* 2>/dev/null | wc -l || true)
{
  echo "## kill -9 under writes: $kind, $(date -u +%Y-%m-%d)"
  echo
  echo "| cycles | seconds | acknowledged writes | missing after restart | stored (incl. unacknowledged in flight) | load evidence without audit | audit without evidence | non-201 answers | load average |"
  echo "|---|---|---|---|---|---|---|---|---|"
  echo "| $cycles | $elapsed | $acked | $missing | $stored_kill | $unaudited | $orphans | $refused | $(cut -d' ' -f1-3 /proc/loadavg) |"
} | tee "$out/result.md"
[[ "$missing" == 0 && "$unaudited" == 0 && "$orphans" == 0 ]]
