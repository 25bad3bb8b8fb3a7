#!/usr/bin/env bash
# CI: load and crash safety against a real PostgreSQL server (short versions, about 3 minutes):
#  - the article page at 32 connections for 20 s: no socket error, no answer other than 2xx/3xx;
#  - slowloris with 400 connections for 25 s while a normal reader keeps getting 200s;
#  - scripts/faults/crash-safety.sh: kill -9 during a loop of publishes; two nodes, one killed at the
#    time stories are scheduled for. Nothing half-published, lost or delivered twice.
# Fails on any finding. The long versions (60 s, demo content, load during a crash): scripts/faults/long.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p "${FAULTS_TMP:-/tmp}"; FL_WORK="$(mktemp -d "${FAULTS_TMP:-/tmp}/nl-load.XXXXXX")"; export FL_WORK
. scripts/faults/lib.sh
PORT="${FAULTS_PORT:-8186}"; BASE="http://127.0.0.1:$PORT"
trap 'fl_cleanup' EXIT
export FL_DEMO=false   # an empty agency starts in seconds; the stories are made below
started=$(date +%s)

fl_install wrk slowhttptest
[ -f target/newsline.jar ] || ./mvnw -B -q package -DskipTests
cp target/newsline.jar "$FL_WORK/newsline.jar"
fl_pg_start || exit 2
fl_app_start a "$PORT" || exit 2
TOKEN="$(fl_token "$BASE")" || { fl_log "no API token"; exit 2; }
for i in 1 2 3; do ARTICLE="$(fl_publish "$BASE" "$TOKEN" "Published before the load $i")"; done
[ -n "$ARTICLE" ] || { fl_log "no article to load"; exit 2; }
curl -sf -o /dev/null "$BASE$ARTICLE" || { fl_log "$ARTICLE does not answer"; exit 2; }
fl_results_begin test

t=$(date +%s)
# p99 budget 1 s rather than the long run's 500 ms: CI shares its two cores with the build.
fl_load "article page, 32 connections, 20 s" "$BASE$ARTICLE" 20 32 1000
fl_log "load took $(( $(date +%s) - t )) s"
t=$(date +%s)
fl_slowloris "slowloris, 400 connections, 25 s" "$BASE$ARTICLE" 25 400 "$BASE$ARTICLE" "$BASE/en/"
fl_log "slowloris took $(( $(date +%s) - t )) s"

fl_cleanup; FL_PIDS=()
t=$(date +%s)
FAULTS_PORT="$PORT" scripts/faults/crash-safety.sh | tee "$FL_WORK/crash.out" | tail -1
grep -q '^CRASH PASS' "$FL_WORK/crash.out" || fl_fail "crash safety (its logs: $(sed -n 's/^CRASH FAIL: logs in //p' "$FL_WORK/crash.out"))"
grep -E '^\| (kill|two)' "$FL_WORK/crash.out" | sort -u >>"$FL_WORK/results.md"
fl_log "crash safety took $(( $(date +%s) - t )) s"

{ echo; echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); whole run $(( $(date +%s) - started )) s"; } >>"$FL_WORK/results.md"
cat "$FL_WORK/results.md"
if [ "$FL_FAILED" = 0 ]; then echo "CI-LOAD PASS: the article page held, slowloris did not starve a reader, crash safety held"; else
  echo "CI-LOAD FAIL: see above; logs in $FL_WORK"; exit 1; fi
