#!/usr/bin/env bash
# Load benchmark: the live site (`rungs serve`) against nginx serving the static export (`rungs build`)
# of the same frameworks, plus the time `rungs build` takes on the largest set of the shared corpus.
#
# Usage: bench/site-load.sh [PAGE ...]        default PAGE: /engineering/backend/levels/3/
# Settings (environment):
#   RUNS=3                                              times the live server is started and loaded
#                                                       (each a fresh database); medians reported
#   WARMUP=10s DURATION=20s THREADS=2 CONNECTIONS=32   wrk settings (warm-up runs use -t1 -c8)
#   NGINX_PORT=18180 RUNGS_PORT=18181                   first ports tried (the next free one is used)
#   CORPUS=<repo>/../shared/corpus  BUILD_RUNS=5         build, --help and validate timing; CORPUS=none
#                                                       skips them
#   JAVA_OPTS                                            passed on to the server by ./rungs
# Rungs is measured twice: anonymous, and with the session cookie of a signed-in admin (framework
# pages are the same bytes for both; the name and Sign out come from GET /me/header, measured too).
# Needs wrk, nginx and curl. Everything it writes goes under target/bench/; the Markdown summary is
# printed to stdout and written to target/bench/site-load.md, raw wrk output to target/bench/site-load/.
#
# The machine is shared by wrk and the server under test, so absolute numbers mean little: compare
# only numbers from the same run, as a ratio. nginx is measured before and after Rungs to show drift.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

WARMUP="${WARMUP:-10s}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
BUILD_RUNS="${BUILD_RUNS:-5}"
RUNS="${RUNS:-3}"
CORPUS="${CORPUS:-$root/../shared/corpus}"
pages=("$@")
if [[ ${#pages[@]} -eq 0 ]]; then
  pages=(/engineering/backend/levels/3/)
fi

out="$root/target/bench"
raw="$out/site-load"
static="$out/static"
ngx="$out/nginx"
report="$out/site-load.md"

log() { printf '[site-load] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || die "$tool is not installed"
done
for page in "${pages[@]}"; do
  [[ "$page" == /*/ || "$page" == / ]] || die "page $page must start and end with / (the server redirects other forms)"
done

# ---------------------------------------------------------------------------------------------
# Processes and cleanup
rungs_pid=""
nginx_pid=""
tmp=""

stop_pid() { # pid signal
  local pid="$1" sig="$2" i
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$sig" "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "process $pid did not stop after SIG$sig; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$rungs_pid" TERM
  stop_pid "$nginx_pid" TERM # TERM = fast shutdown; the master stops its worker
  if [[ -n "$tmp" ]]; then rm -rf "$tmp"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { # first port >= $1 nobody listens on
  local p="$1" avoid="${2:-}"
  while port_in_use "$p" || [[ "$p" == "$avoid" ]]; do p=$((p + 1)); done
  echo "$p"
}

# CPU time (ms) used so far by a process, its threads and its direct children (nginx's worker).
clk_tck="$(getconf CLK_TCK)"
cpu_ms() {
  local pid="$1" ticks=0 p t
  for p in "$pid" $(ps -o pid= --ppid "$pid" 2>/dev/null || true); do
    if [[ -r "/proc/$p/stat" ]]; then
      t="$(sed 's/^.*) //' "/proc/$p/stat" | awk '{print $12 + $13}')"
      ticks=$((ticks + t))
    fi
  done
  echo $((ticks * 1000 / clk_tck))
}

# ---------------------------------------------------------------------------------------------
# wrk output parsing
to_ms() { # wrk duration such as 512.00us, 1.23ms, 1.02s, 2.00m -> milliseconds
  awk -v v="$1" 'BEGIN {
    if (v == "") { print "n/a"; exit }
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : 1
    ms = n * f
    printf (ms < 10 ? "%.2f" : ms < 100 ? "%.1f" : "%.0f"), ms
  }'
}
wrk_rps() { awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$1"; }
wrk_requests() { awk '/ requests in / {print $1}' "$1"; }
wrk_pct() { to_ms "$(awk -v p="$2" '$1 == p {print $2; exit}' "$1")"; }
wrk_errors() {
  awk '/Socket errors:/ {gsub(/,/, ""); s += $4 + $6 + $8 + $10}
       /Non-2xx or 3xx responses:/ {s += $NF}
       END {print s + 0}' "$1"
}

# results of the measured runs, keyed "<page index>:<label>:<run>"
declare -A rps p50 p90 p99 errors cpu1k

measure() { # page-index label run url pid [header]
  local i="$1" label="$2" run="$3" url="$4" pid="$5" file c0 c1 n key="$1:$2:$3"
  local extra=()
  [[ -n "${6:-}" ]] && extra=(-H "$6")
  file="$raw/page$i-$label-run$run.txt"
  log "run $run, measure $label: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
  c0="$(cpu_ms "$pid")"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${extra[@]}" "$url" >"$file"
  c1="$(cpu_ms "$pid")"
  n="$(wrk_requests "$file")"
  rps[$key]="$(wrk_rps "$file")"
  p50[$key]="$(wrk_pct "$file" 50%)"
  p90[$key]="$(wrk_pct "$file" 90%)"
  p99[$key]="$(wrk_pct "$file" 99%)"
  errors[$key]="$(wrk_errors "$file")"
  cpu1k[$key]="$(awk -v c=$((c1 - c0)) -v n="$n" 'BEGIN {printf "%.0f", (n > 0 ? c * 1000 / n : 0)}')"
  log "  $label: ${rps[$key]} req/s, p50 ${p50[$key]} ms, p99 ${p99[$key]} ms, server CPU ${cpu1k[$key]} ms per 1000 requests"
}

# median of numbers (one per argument; blanks ignored), printed as given
median() {
  printf '%s\n' "$@" | awk 'NF' | sort -g | awk '{v[NR] = $1} END {
    if (NR == 0) { print "n/a"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    print m }'
}
ratio() { awk -v r="$1" -v a="$2" -v b="$3" 'BEGIN {m = (a + b) / 2; printf "%.2f", (m > 0 ? r / m : 0)}'; }

warm() { # url [header]
  local extra=()
  [[ -n "${2:-}" ]] && extra=(-H "$2")
  log "warm up: wrk -t1 -c8 -d$WARMUP $1"
  wrk -t1 -c8 -d"$WARMUP" "${extra[@]}" "$1" >/dev/null
}

wait_http() { # url pid what
  local i
  for i in $(seq 1 1200); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || die "$3 exited before answering $1"
    sleep 0.25
  done
  die "$3 did not answer $1 within 300 s (training the archive on a busy machine can take minutes)"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$out" "$raw" "$ngx"
rm -f "$raw"/page*.txt

# ---------------------------------------------------------------------------------------------
# 1. Static export of frameworks/
log "building the static export of frameworks/ into target/bench/static"
rm -rf "$static"
./rungs build frameworks --out "$static" >"$out/static-build.log" 2>&1 || { cat "$out/static-build.log" >&2; die "rungs build failed"; }
export_line="$(grep -m1 '^wrote ' "$out/static-build.log" | sed 's| to .* in | in |' || true)"
log "$export_line"

# ---------------------------------------------------------------------------------------------
# 2. nginx, own config, loopback only
nginx_port="$(free_port "${NGINX_PORT:-18180}")"
rungs_port="$(free_port "${RUNGS_PORT:-18181}" "$nginx_port")"
user_line="# user: nginx runs as the invoking user"
if [[ $EUID -eq 0 ]]; then
  user_line="user $(id -un) $(id -gn);" # workers must read the export; the default (nobody) may not
fi
rm -rf "$ngx"
mkdir -p "$ngx"
sed -e "s|@PORT@|$nginx_port|g" -e "s|@ROOT@|$static|g" -e "s|@PREFIX@|$ngx|g" -e "s|@USER_LINE@|$user_line|g" \
  "$root/bench/nginx.conf.template" >"$ngx/nginx.conf"
nginx -t -q -c "$ngx/nginx.conf" -p "$ngx/" -e "$ngx/error.log" || die "nginx rejects $ngx/nginx.conf"
log "starting nginx on 127.0.0.1:$nginx_port (config target/bench/nginx/nginx.conf)"
nginx -c "$ngx/nginx.conf" -p "$ngx/" -e "$ngx/error.log" &
nginx_pid=$!
wait_http "http://127.0.0.1:$nginx_port/" "$nginx_pid" nginx

# ---------------------------------------------------------------------------------------------
# The launcher makes a class-data archive per kind of command the first time that kind runs after
# a build (a training run); make them now, so that no timing below includes one.
log "preparing the launcher's class-data archives (only slow right after a build)"
./rungs --help >/dev/null
./rungs validate frameworks >/dev/null 2>&1 || true
if [[ ! -f rungs-app/target/launch/serve.jsa && ! -f rungs-app/target/launch/serve.jsa.failed ]]; then
  rm -rf "$out/data"
  ./rungs serve --frameworks frameworks --port "$rungs_port" --data "$out/data" >"$out/rungs-train.log" 2>&1 &
  rungs_pid=$!
  wait_http "http://127.0.0.1:$rungs_port${pages[0]}" "$rungs_pid" "rungs serve (training)"
  stop_pid "$rungs_pid" TERM
  rungs_pid=""
fi

# ---------------------------------------------------------------------------------------------
# 3. The live server, RUNS times: started on a fresh embedded database (its first start is what a
#    new user waits for), timed to its first page, checked, then loaded next to nginx.
declare -A check startup_ms startup_cpu load_avg
header_code=""
title_of() { grep -o -m1 '<title>[^<]*</title>' "$1" | sed -e 's/<title>//' -e 's|</title>||'; }
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

one_run() { # run number
  local run="$1" i page started jar one_time base token chosen session cookie n_url r_url
  load_avg[$run]="$(cut -d' ' -f1 /proc/loadavg)"
  rm -rf "$out/data"
  log "run $run of $RUNS: ./rungs serve --frameworks frameworks --port $rungs_port --data target/bench/data (JAVA_OPTS=${JAVA_OPTS:-})"
  ./rungs serve --frameworks frameworks --port "$rungs_port" --data "$out/data" >"$out/rungs-serve.log" 2>&1 &
  rungs_pid=$! # ./rungs execs java, so this is the JVM
  started=$(date +%s%N)
  # Polled every 0.05 s: the first page (rendered, not yet cached) is what a person waits for.
  for i in $(seq 1 2400); do
    curl -sf -o /dev/null "http://127.0.0.1:$rungs_port${pages[0]}" && break
    kill -0 "$rungs_pid" 2>/dev/null || die "rungs serve exited before answering"
    sleep 0.05
  done
  startup_ms[$run]=$((($(date +%s%N) - started) / 1000000))
  startup_cpu[$run]="$(cpu_ms "$rungs_pid")"
  log "rungs serve answered ${pages[0]} after ${startup_ms[$run]} ms, having used ${startup_cpu[$run]} ms of CPU"

  # Sign in as the first admin (one-time password from the start-up banner) and choose a
  # password, as a person would; the session cookie then goes with every signed-in request.
  jar="$out/cookies.txt"
  rm -f "$jar"
  for i in $(seq 1 600); do # the banner comes once start-up is over, maybe after the first page
    grep -q '^Rungs is serving' "$out/rungs-serve.log" && break
    sleep 0.1
  done
  one_time="$(awk '/^First start: sign in/ {found = 1; next} found && NF {print $1; exit}' "$out/rungs-serve.log")"
  [[ -n "$one_time" ]] || die "no first-start password in target/bench/rungs-serve.log"
  base="http://127.0.0.1:$rungs_port"
  token="$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf_of)"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin@localhost" \
    --data-urlencode "password=$one_time" --data-urlencode "_csrf=$token" "$base/login"
  token="$(curl -s -c "$jar" -b "$jar" "$base/me/password" | csrf_of)"
  chosen="bench passphrase $RANDOM $RANDOM"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "current=$one_time" \
    --data-urlencode "password=$chosen" --data-urlencode "repeat=$chosen" \
    --data-urlencode "_csrf=$token" "$base/me/password"
  # The session cookie is rungs-session (JSESSIONID in builds before it was renamed).
  session="$(awk '$6 == "rungs-session" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -1)"
  [[ -n "$session" ]] || die "could not sign in"
  cookie="Cookie: $session"
  header_code="$(curl -s -o "$raw/me-header.html" -w '%{http_code}' -H "$cookie" "$base/me/header?from=/")"
  if grep -q 'Sign out' "$raw/me-header.html"; then
    log "signed in as admin@localhost; GET /me/header answers $header_code with Sign out"
  else
    # A build from before the account links (measured for comparison): no /me/header to load.
    log "signed in as admin@localhost; GET /me/header answered $header_code without Sign out: not measured"
    header_code=""
  fi

  # Same page from both? Then load.
  for i in "${!pages[@]}"; do
    page="${pages[$i]}"
    n_url="http://127.0.0.1:$nginx_port$page"
    r_url="http://127.0.0.1:$rungs_port$page"
    check_page "$i" "$n_url" "$r_url" "$cookie"
    # Rungs first: its JIT keeps compiling for a while after the warm-up, which would otherwise
    # steal CPU from the first nginx run.
    warm "$r_url"
    warm "$r_url" "$cookie"
    warm "$n_url"
    measure "$i" nginx "$run" "$n_url" "$nginx_pid"
    measure "$i" rungs "$run" "$r_url" "$rungs_pid"
    measure "$i" signedin "$run" "$r_url" "$rungs_pid" "$cookie"
    measure "$i" nginx2 "$run" "$n_url" "$nginx_pid"
  done
  # What a signed-in page view adds: the account links, made for the person on each request.
  if [[ -n "$header_code" ]]; then
    warm "$base/me/header?from=%2F" "$cookie"
    measure me rungs "$run" "$base/me/header?from=%2F" "$rungs_pid" "$cookie"
  fi
  stop_pid "$rungs_pid" TERM
  rungs_pid=""
}

check_page() { # page-index nginx-url rungs-url cookie
  local i="$1" n_url="$2" r_url="$3" cookie="$4" page="${pages[$1]}" n_code r_code n_title r_title
  local n_size r_size same gz
  n_code="$(curl -s -o "$raw/page$i-nginx.html" -w '%{http_code}' "$n_url")"
  r_code="$(curl -s -o "$raw/page$i-rungs.html" -w '%{http_code}' "$r_url")"
  [[ "$n_code" == 200 && "$r_code" == 200 ]] || die "$page: nginx answered $n_code, Rungs answered $r_code (want 200 from both)"
  n_title="$(title_of "$raw/page$i-nginx.html" || true)"
  r_title="$(title_of "$raw/page$i-rungs.html" || true)"
  [[ -n "$r_title" && "$n_title" == "$r_title" ]] || die "$page: titles differ: nginx '$n_title', Rungs '$r_title'"
  curl -s -o "$raw/page$i-rungs-signed-in.html" -H "$cookie" "$r_url"
  cmp -s "$raw/page$i-rungs.html" "$raw/page$i-rungs-signed-in.html" ||
    die "$page: Rungs sent a signed-in person other bytes than an anonymous visitor"
  n_size="$(wc -c <"$raw/page$i-nginx.html")"
  r_size="$(wc -c <"$raw/page$i-rungs.html")"
  if cmp -s "$raw/page$i-nginx.html" "$raw/page$i-rungs.html"; then
    same="byte-identical"
  elif [[ "$n_size" == "$r_size" ]]; then
    same="same size, different bytes"
  else
    same="sizes differ"
  fi
  gz="$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$r_url" | tr -d '\r' |
    awk 'tolower($1) == "content-encoding:" {print $2}')"
  check[$i]="title \"$r_title\" on both; Rungs sends the same bytes signed in and anonymous; body nginx $n_size B, Rungs $r_size B ($same); Rungs with Accept-Encoding: gzip: ${gz:-no compression} (wrk sends no Accept-Encoding, so both serve plain HTML)"
  log "$page: ${check[$i]}"
}

for run in $(seq 1 "$RUNS"); do
  one_run "$run"
done
stop_pid "$nginx_pid" TERM
nginx_pid=""

# ---------------------------------------------------------------------------------------------
# 5. rungs build on the largest corpus set (most current .md files, i.e. without @ in the name;
#    a tie goes to the first name in sort order)
build_md=""
if [[ "$CORPUS" != none ]]; then
  [[ -d "$CORPUS" ]] || die "corpus $CORPUS not found (set CORPUS=path or CORPUS=none)"
  corpus="$(cd "$CORPUS" && pwd)"
  counts="$(for d in "$corpus"/*/; do
    printf '%s\t%s\n' "$(find "$d" -type f -name '*.md' ! -name '*@*' | wc -l)" "$(basename "$d")"
  done | sort -t$'\t' -k1,1nr -k2,2)"
  set_files="$(head -1 <<<"$counts" | cut -f1)"
  set_name="$(head -1 <<<"$counts" | cut -f2)"
  ties="$(awk -F'\t' -v n="$set_files" -v s="$set_name" '$1 == n && $2 != s {printf "%s%s", (c++ ? ", " : ""), $2}' <<<"$counts")"
  tmp="$(mktemp -d)"
  mkdir -p "$tmp/src"
  (cd "$corpus/$set_name" && find . -type f -name '*.md' ! -name '*@*' -exec cp --parents {} "$tmp/src/" \;)
  log "timing rungs build on $set_name ($set_files files${ties:+; tied with $ties}), $BUILD_RUNS runs"
  walls=()
  inner=()
  cpus=()
  peaks=()
  timed=()
  if [[ -x /usr/bin/time ]]; then
    timed=(/usr/bin/time -o "$tmp/time" -f '%U %S %M')
  fi
  build_line=""
  for r in $(seq 1 "$BUILD_RUNS"); do
    rm -rf "$tmp/out"
    t0=$(date +%s%N)
    # Exit 1 when some files have errors (the corpus has some): the pages are still written.
    # GNU time, when there, adds the CPU time and the peak memory (resident set) of the JVM.
    "${timed[@]}" ./rungs build "$tmp/src" --out "$tmp/out" >"$tmp/build.out" 2>"$tmp/build.err" ||
      grep -q '^wrote ' "$tmp/build.out" ||
      { cat "$tmp/build.out" "$tmp/build.err" >&2; die "rungs build failed on $set_name"; }
    t1=$(date +%s%N)
    walls+=($(((t1 - t0) / 1000000)))
    build_line="$(grep -m1 '^wrote ' "$tmp/build.out" || true)"
    inner+=("$(sed -n 's/.* in \([0-9][0-9]*\) ms.*/\1/p' <<<"$build_line")")
    if [[ -s "$tmp/time" ]]; then
      # The last line: GNU time puts "Command exited with non-zero status 1" before it.
      cpus+=("$(tail -1 "$tmp/time" | awk '{printf "%d", ($1 + $2) * 1000}')")
      peaks+=("$(tail -1 "$tmp/time" | awk '{printf "%d", $3 / 1024}')")
    fi
    log "  run $r: ${walls[-1]} ms wall${cpus:+, ${cpus[-1]} ms CPU, ${peaks[-1]} MiB peak}; $build_line"
  done
  # Short commands: --help, and validate of ten frameworks of the same set (generic, engineering/*,
  # design/*, then the others by name; the first ten in that order).
  mkdir -p "$tmp/ten"
  (cd "$tmp/src" && { find . -name generic.md; find . -path '*engineering/*' -name '*.md' | sort; find . -path '*design/*' -name '*.md' | sort; find . -name '*.md' | sort; } |
    sed 's|^\./||' | awk '!seen[$0]++ && n++ < 10' | while read -r f; do cp --parents "$f" "$tmp/ten/"; done)
  ten_files="$(find "$tmp/ten" -name '*.md' | wc -l)"
  helps=()
  validates=()
  for r in $(seq 1 "$BUILD_RUNS"); do
    t0=$(date +%s%N)
    ./rungs --help >/dev/null
    t1=$(date +%s%N)
    ./rungs validate "$tmp/ten" >/dev/null 2>&1 || true
    t2=$(date +%s%N)
    helps+=($(((t1 - t0) / 1000000)))
    validates+=($(((t2 - t1) / 1000000)))
    log "  run $r: --help ${helps[-1]} ms, validate of $ten_files files ${validates[-1]} ms"
  done
  build_cpu_line="CPU time and peak memory of the build: not measured (no GNU time at /usr/bin/time)."
  if [[ ${#cpus[@]} -gt 0 ]]; then
    build_cpu_line="CPU time (user + system) of the build: median $(median "${cpus[@]}") ms; peak resident memory: median $(median "${peaks[@]}") MiB, largest $(printf '%s\n' "${peaks[@]}" | sort -n | tail -1) MiB."
  fi
  build_pages="$(sed -n 's/^wrote \([0-9][0-9]*\) pages.*/\1/p' <<<"$build_line")"
  build_fw="$(sed -n 's/.* pages for \([0-9][0-9]*\) frameworks.*/\1/p' <<<"$build_line")"
  problems="$(grep -c . "$tmp/build.err" || true)"
  stats() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%d ms | %d ms", v[1], m }'; }
  build_md="## rungs build on the largest corpus set

\`./rungs build <copy of $set_name, current files only> --out <tmp>\`, $BUILD_RUNS runs, fresh output folder each run.
Wall time includes JVM start; \"reported\" is the time rungs prints itself.

| corpus set | .md files | pages written | frameworks | wall best | wall median | reported best | reported median |
|---|---:|---:|---:|---:|---:|---:|---:|
| $set_name | $set_files | ${build_pages:-?} | ${build_fw:-?} | $(stats "${walls[@]}") | $(stats "${inner[@]}") |

$build_cpu_line

| command | runs | best | median |
|---|---:|---:|---:|
| \`./rungs --help\` | $BUILD_RUNS | $(stats "${helps[@]}") |
| \`./rungs validate\` of $ten_files files of $set_name | $BUILD_RUNS | $(stats "${validates[@]}") |

Largest by current .md files (no \`@\` in the name)${ties:+; tied with $ties, the tie goes to the first name}. Lines on standard error of the last run (problems in the files): $problems.
"
fi

# ---------------------------------------------------------------------------------------------
# 6. Report
{
  echo "# Site load: live Rungs server vs nginx serving the static export"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores shared by wrk and the server under test; $(java -version 2>&1 | head -1); $(nginx -v 2>&1 | sed 's/^nginx version: //'); JAVA_OPTS=\"${JAVA_OPTS:-}\"."
  echo "Static export of frameworks/: ${export_line:-?}."
  echo "Load average (1, 5, 15 min) at the start: $load_before; at the end: $(cut -d' ' -f1-3 /proc/loadavg). The machine's other work slows both servers; compare ratios from one run, not absolute numbers between runs."
  echo "Each of $RUNS runs starts \`./rungs serve\` on a fresh embedded database, times its first page, then: warm-up \`wrk -t1 -c8 -d$WARMUP\` on Rungs (anonymous, signed in) then nginx; then \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` on nginx, Rungs anonymous, Rungs signed in (session cookie of an admin), nginx again."
  echo "Ratio = Rungs req/s / mean of that run's two nginx runs. Server CPU = CPU time the server process used during a run, per 1000 requests (wrk's own not counted). Latencies in ms."
  echo
  echo "## Medians of the $RUNS runs"
  echo
  echo "| page | Rungs / nginx, anonymous | Rungs / nginx, signed in | server CPU ms / 1000 req: nginx, Rungs anonymous, signed in | first page after launch | CPU used until then |"
  echo "|---|---:|---:|---:|---:|---:|"
  for i in "${!pages[@]}"; do
    ar=() sr=() nc=() rc=() sc=()
    for run in $(seq 1 "$RUNS"); do
      ar+=("$(ratio "${rps[$i:rungs:$run]}" "${rps[$i:nginx:$run]}" "${rps[$i:nginx2:$run]}")")
      sr+=("$(ratio "${rps[$i:signedin:$run]}" "${rps[$i:nginx:$run]}" "${rps[$i:nginx2:$run]}")")
      nc+=("${cpu1k[$i:nginx:$run]}" "${cpu1k[$i:nginx2:$run]}")
      rc+=("${cpu1k[$i:rungs:$run]}")
      sc+=("${cpu1k[$i:signedin:$run]}")
    done
    echo "| \`${pages[$i]}\` | **$(median "${ar[@]}")** | **$(median "${sr[@]}")** | $(median "${nc[@]}"), $(median "${rc[@]}"), $(median "${sc[@]}") | $(median "${startup_ms[@]}") ms | $(median "${startup_cpu[@]}") ms |"
  done
  if [[ -n "$header_code" ]]; then
    mr=() mc=()
    for run in $(seq 1 "$RUNS"); do
      mr+=("${rps[me:rungs:$run]}")
      mc+=("${cpu1k[me:rungs:$run]}")
    done
    echo
    echo "\`GET /me/header\` (the account links a signed-in page view fetches once): median $(median "${mr[@]}") req/s, server CPU $(median "${mc[@]}") ms per 1000 requests."
  fi
  echo
  echo "## Each run"
  echo
  echo "| run | load average (1 min) at its start | first page after launch | CPU until then | page | nginx req/s | Rungs anonymous req/s | ratio | signed in req/s | ratio | server CPU ms / 1000: nginx, anon., signed in | p50 / p99 nginx, anon., signed in |"
  echo "|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  for run in $(seq 1 "$RUNS"); do
    for i in "${!pages[@]}"; do
      n1="${rps[$i:nginx:$run]}" n2="${rps[$i:nginx2:$run]}" r="${rps[$i:rungs:$run]}" sg="${rps[$i:signedin:$run]}"
      echo "| $run | ${load_avg[$run]} | ${startup_ms[$run]} ms | ${startup_cpu[$run]} ms | \`${pages[$i]}\` | $n1 / $n2 | $r | $(ratio "$r" "$n1" "$n2") | $sg | $(ratio "$sg" "$n1" "$n2") | ${cpu1k[$i:nginx:$run]}/${cpu1k[$i:nginx2:$run]}, ${cpu1k[$i:rungs:$run]}, ${cpu1k[$i:signedin:$run]} | ${p50[$i:nginx:$run]} / ${p99[$i:nginx:$run]}, ${p50[$i:rungs:$run]} / ${p99[$i:rungs:$run]}, ${p50[$i:signedin:$run]} / ${p99[$i:signedin:$run]} |"
    done
  done
  echo
  echo "Errors reported by wrk (socket errors and non-2xx/3xx answers), all runs: $(for k in "${!errors[@]}"; do echo "${errors[$k]}"; done | awk '{s += $1} END {print s + 0}')."
  echo
  echo "Same page from both servers, checked before each run's load:"
  echo
  for i in "${!pages[@]}"; do
    echo "- \`${pages[$i]}\`: ${check[$i]}"
  done
  if [[ -n "$build_md" ]]; then
    echo
    printf '%s' "$build_md"
  fi
} >"$report"
cat "$report"
log "written to target/bench/site-load.md; raw wrk output in target/bench/site-load/"
