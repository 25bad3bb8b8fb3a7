#!/usr/bin/env bash
# The long versions (about 12 minutes): longer database faults, load during a fault, the article page
# under load, slowloris, then crash safety (scripts/faults/crash-safety.sh). Exit 1 on any finding.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p "${FAULTS_TMP:-/tmp}"; FL_WORK="$(mktemp -d "${FAULTS_TMP:-/tmp}/nl-faults-long.XXXXXX")"; export FL_WORK
. scripts/faults/lib.sh
PORT="${FAULTS_PORT:-8186}"; BASE="http://127.0.0.1:$PORT"
trap 'fl_cleanup' EXIT

fl_install wrk slowhttptest
[ -f target/newsline.jar ] || ./mvnw -B -q package -DskipTests
cp target/newsline.jar "$FL_WORK/newsline.jar"
fl_pg_start || exit 2
fl_app_start a "$PORT" || exit 2
TOKEN="$(fl_token "$BASE")" || exit 2
ARTICLE="$(curl -s "$BASE/en/" | grep -o 'href="/en/20[0-9][0-9]/[0-9][0-9]/[0-9][0-9]/[^"]*"' | head -1 | cut -d'"' -f2)"
[ -n "$ARTICLE" ] || { fl_log "no article on the demo home page"; exit 2; }
fl_results_begin test
export CHECK_URL="$BASE/actuator/health" RECOVER_TIMEOUT=30 PG_FAULT_DB=newsline
export PROBE_CMD="curl -sf -m 4 -o /dev/null -X POST -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' \
  -d '{\"language\":\"en\",\"headline\":\"Write probe\",\"category\":\"politics\",\"urgency\":\"normal\"}' $BASE/api/v1/articles"

run_fault() {
  local label="$1"; shift
  curl -s -o /dev/null "$BASE$ARTICLE"
  fl_watch_start "$BASE$ARTICLE" "$BASE/en/" "$BASE/en/news-line?category=economy" "$BASE/api/v1/search?q=baku"
  local verdict; verdict="$("$FL_TOOLS/pg-fault.sh" "$@" 2>>"$FL_WORK/pg-fault.err" | tail -1)"
  fl_watch_stop
  local rec; rec="$(echo "$verdict" | sed -n 's/.*recovered in \([0-9.]*s\).*/\1/p')"
  case "$verdict" in "PG-FAULT PASS"*) ;; *) fl_fail "$label: $verdict";; esac
  fl_result "$label" "${verdict%%;*}; pages: $FL_SEEN" "${rec:-not recovered}" "nothing"
}

run_fault "connections killed every second for 20 s" kill-conns 20
run_fault "crash, down 30 s" crash 30
run_fault "read-only 30 s (failover)" readonly 30
run_fault "blackhole 30 s (partition)" blackhole 30
run_fault "connections reset 15 s" reset 15
run_fault "30% packet loss 20 s" lossy 20 0.3
run_fault "table lock 30 s (article)" lock 30 article

fl_load "article page, 32 connections, 60 s" "$BASE$ARTICLE" 60 32 500

# Load during a crash: the (cached) article page keeps answering; uncached pages fail only in the window.
fl_watch_start "$BASE/en/news-line?category=sport" "$BASE/api/v1/search?q=minister"
( sleep 15; date +%s >"$FL_WORK/fault.start"; "$FL_TOOLS/pg-fault.sh" crash 15 >/dev/null 2>&1; date +%s >"$FL_WORK/fault.end" ) &
FAULT=$!
v="$("$FL_TOOLS/load-check.sh" "$BASE$ARTICLE" 60 32 3000 2>/dev/null | tail -1)"
wait "$FAULT"; sleep 1; fl_watch_stop >/dev/null
s="$(cat "$FL_WORK/fault.start")"; e=$(( $(cat "$FL_WORK/fault.end") + 30 ))
outside="$(awk -v s="$s" -v e="$e" '$3 != 200 && ($1 < s - 5 || $1 > e)' "$FL_WORK/watch.log" | wc -l)"
inside="$(awk -v s="$s" -v e="$e" '$3 != 200 && $1 >= s - 5 && $1 <= e' "$FL_WORK/watch.log" | wc -l)"
[ "$outside" = 0 ] || fl_fail "uncached pages failed $outside times outside the fault window"
case "$v" in "LOAD PASS"*) ;; *) fl_fail "load during crash: $v";; esac
fl_result "article page at 32 connections during a 15 s crash" "$v; uncached pages: $inside errors inside the window, $outside outside" "-" "nothing"

fl_slowloris "slowloris, 400 connections, 60 s" "$BASE$ARTICLE" 60 400 "$BASE$ARTICLE" "$BASE/en/"

fl_cleanup; FL_PIDS=()
FAULTS_PORT="$PORT" scripts/faults/crash-safety.sh | tee "$FL_WORK/crash.out" | tail -8 || true
grep -q '^CRASH PASS' "$FL_WORK/crash.out" || fl_fail "crash safety"
grep -E '^\| (kill|two)' "$FL_WORK/crash.out" | sort -u >>"$FL_WORK/results.md"
{ echo; echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"; } >>"$FL_WORK/results.md"

cat "$FL_WORK/results.md"
if [ "$FL_FAILED" = 0 ]; then echo "FAULTS LONG PASS"; else echo "FAULTS LONG FAIL: logs in $FL_WORK"; exit 1; fi
