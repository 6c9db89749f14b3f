#!/usr/bin/env bash
# A flood of wrong-password sign-ins, and whether Rungs keeps answering everything else.
#   bench/signin-flood.sh [CLIENTS] [SECONDS]     (default 48 clients for 15 s)
# Serves rungs-app/target/rungs.jar (build it with: mvn -q -B -DskipTests package) with a fresh
# embedded database at -Xmx256m (RUNGS_BENCH_HEAP to change), then for each scenario:
#   one-address   every sign-in from 127.0.0.1: the per-address throttle answers 429
#   many-address  forwarded headers on, a random X-Forwarded-For per request: no throttle can
#                 tell the clients apart, the bound on Argon2id hashes in flight holds memory
#   unbounded     many-address with the bound and the throttles lifted, as before issue 9
# During the flood a probe asks /health and a framework page every 0.5 s (2 s timeout each), and
# after it measures how long until both answer again. Results: target/bench/signin-flood.md.
# Loopback only; bounded in time; everything it starts is stopped on exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
clients="${1:-48}"
seconds="${2:-15}"
heap="${RUNGS_BENCH_HEAP:-256m}"
port="${RUNGS_BENCH_PORT:-18291}"
scenarios="${RUNGS_BENCH_SCENARIOS:-one-address many-address unbounded}"
jar="rungs-app/target/rungs.jar"
out="target/bench"
mkdir -p "$out"
[[ -f "$jar" ]] || { echo "no $jar: build it with mvn -q -B -DskipTests package" >&2; exit 2; }
base="http://127.0.0.1:$port"
page="/engineering/backend/levels/2/"

server_pid=""
data=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [[ -n "$data" ]] && rm -rf "$data"
  server_pid=""
}
trap cleanup EXIT

serve() { # scenario
  data=$(mktemp -d)
  local env=()
  case "$1" in
    many-address) env=(RUNGS_SERVER_FORWARDEDHEADERS=true) ;;
    unbounded) env=(RUNGS_SERVER_FORWARDEDHEADERS=true RUNGS_SIGNIN_CONCURRENTHASHES=100000
                    RUNGS_SIGNIN_ADDRESSFAILURES=100000000 RUNGS_SIGNIN_ACCOUNTFAILURES=100000000) ;;
  esac
  env "${env[@]}" java -Xmx"$heap" -XX:+ExitOnOutOfMemoryError -jar "$jar" serve \
    --data "$data" --port "$port" > "$out/signin-flood-$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null && return 0; sleep 1; done
  echo "the server did not start: see $out/signin-flood-$1.log" >&2
  exit 1
}

probe() { # path -> "status seconds"
  local answer
  answer=$(curl -s -o /dev/null -m 2 -w '%{http_code} %{time_total}' "$base$1" 2>/dev/null) || true
  echo "${answer:-000 2}"
}

run() { # scenario
  local scenario=$1
  serve "$scenario"
  # Warm the pages up a little, as a server that has been running would be.
  for _ in $(seq 1 50); do curl -s -o /dev/null "$base$page"; curl -s -o /dev/null "$base/health"; done
  local jar_cookies="$data/cookies"
  local csrf
  csrf=$(curl -s -c "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  local cookie
  cookie=$(awk '$6 ~ /JSESSIONID|rungs-session/ {print $6 "=" $7}' "$jar_cookies")
  local mode=one
  [[ "$scenario" != one-address ]] && mode=many
  local load_before
  load_before=$(cut -d' ' -f1 /proc/loadavg)

  wrk -t2 -c"$clients" -d"${seconds}s" --timeout 10s -s bench/signin-flood.lua "$base" \
    -- "$cookie" "$csrf" "$mode" > "$out/signin-flood-$scenario-wrk.txt" 2>&1 &
  local wrk_pid=$!
  local asked=0 answered=0 slowest=0
  local end=$((SECONDS + seconds))
  while (( SECONDS < end )); do
    for path in /health "$page"; do
      read -r status took <<<"$(probe "$path")"
      asked=$((asked + 1))
      [[ "$status" == 200 ]] && answered=$((answered + 1))
      slowest=$(awk -v a="$slowest" -v b="$took" 'BEGIN {print (b > a) ? b : a}')
    done
    sleep 0.5
  done
  local load_during
  load_during=$(cut -d' ' -f1 /proc/loadavg)
  wait "$wrk_pid" || true
  local flood_end=$(date +%s%N) recovered="no answer within 60 s"
  for _ in $(seq 1 120); do
    if [[ "$(probe /health)" == 200* && "$(probe "$page")" == 200* ]]; then
      recovered="$(( ($(date +%s%N) - flood_end) / 1000000 )) ms"
      break
    fi
    sleep 0.5
  done
  local alive="yes"
  kill -0 "$server_pid" 2>/dev/null || alive="no (exited)"
  local ooms
  ooms=$(grep -c OutOfMemoryError "$out/signin-flood-$scenario.log" || true)
  local statuses
  statuses=$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+|Socket errors:.*' "$out/signin-flood-$scenario-wrk.txt" | tr '\n' ' ')
  local rps total
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/signin-flood-$scenario-wrk.txt")
  total=$(awk '/requests in/ {print $1}' "$out/signin-flood-$scenario-wrk.txt")
  echo "| $scenario | ${total:-0} ($rps/s) | ${statuses:-none} | $answered of $asked | ${slowest}s | $recovered | $alive | $ooms | $load_before → $load_during |"
  cleanup
}

{
  echo "# Sign-in flood: $clients clients for $seconds s at -Xmx$heap"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores shared by wrk, the probe and Rungs; embedded H2."
  echo "Each client posts wrong passwords for random accounts (\`wrk -c$clients\`, bench/signin-flood.lua)."
  echo "Probe: \`/health\` and \`$page\` every 0.5 s during the flood, 2 s timeout each."
  echo
  echo "| scenario | sign-ins answered | wrk non-2xx/3xx, errors | probes answered 200 | slowest probe | answering again after | server alive | OutOfMemoryErrors | load avg 1 min before → during |"
  echo "|---|---:|---|---:|---:|---|---|---:|---|"
  for scenario in $scenarios; do run "$scenario"; done
} | tee "$out/signin-flood.md"
