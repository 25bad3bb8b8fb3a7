#!/usr/bin/env bash
# CI: Newsline against a real PostgreSQL server while it fails (short versions, under 5 minutes).
# Each fault is injected with ../shared/tools/security/pg-fault.sh and judged by its CHECK_URL (health)
# and PROBE_CMD (a write through the API): the node must serve again within 30 s, without a restart.
# Meanwhile public pages are polled: they may answer 503 or a cached copy, never another 5xx.
# A story scheduled to appear while the server is down is published exactly once, and pushed to a
# webhook exactly once, afterwards. Fails on any failure. The long versions: scripts/faults/long.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"
mkdir -p "${FAULTS_TMP:-/tmp}"; FL_WORK="$(mktemp -d "${FAULTS_TMP:-/tmp}/nl-faults.XXXXXX")"; export FL_WORK
. scripts/faults/lib.sh
PORT="${FAULTS_PORT:-8186}"; BASE="http://127.0.0.1:$PORT"; SINK_PORT=$((PORT + 10000))
trap 'fl_cleanup' EXIT
export FL_DEMO=false   # an empty agency starts in seconds; the stories are made below

fl_install
[ -f target/newsline.jar ] || ./mvnw -B -q package -DskipTests
cp target/newsline.jar "$FL_WORK/newsline.jar"
fl_pg_start || exit 2
fl_app_start a "$PORT" || exit 2
TOKEN="$(fl_token "$BASE")" || { fl_log "no API token"; exit 2; }
for i in 1 2 3; do ARTICLE="$(fl_publish "$BASE" "$TOKEN" "Published before the faults $i")"; done
[ -n "$ARTICLE" ] || { fl_log "no article on the home page"; exit 2; }
fl_log "watching $ARTICLE"

echo "| fault | what happened (statuses seen during it) | recovery | lost |" >"$FL_WORK/results.md"
echo "|---|---|---|---|" >>"$FL_WORK/results.md"

export CHECK_URL="$BASE/actuator/health" RECOVER_TIMEOUT=30 PG_FAULT_DB=newsline
export PROBE_CMD="curl -sf -m 4 -o /dev/null -X POST -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' \
  -d '{\"language\":\"en\",\"headline\":\"Write probe\",\"category\":\"politics\",\"urgency\":\"normal\"}' $BASE/api/v1/articles"

run_fault() { # run_fault LABEL pg-fault-args...
  local label="$1"; shift
  curl -s -o /dev/null "$BASE$ARTICLE"; curl -s -o /dev/null "$BASE/en/"   # warm the page cache
  fl_watch_start "$BASE$ARTICLE" "$BASE/en/" "$BASE/en/news-line?category=economy" "$BASE/api/v1/search?q=baku"
  local verdict; verdict="$("$FL_TOOLS/pg-fault.sh" "$@" 2>>"$FL_WORK/pg-fault.err" | tail -1)"
  fl_watch_stop
  local rec; rec="$(echo "$verdict" | sed -n 's/.*recovered in \([0-9.]*s\).*/\1/p')"
  case "$verdict" in "PG-FAULT PASS"*) ;; *) fl_fail "$label: $verdict";; esac
  fl_result "$label" "${verdict%%;*}; pages: $FL_SEEN" "${rec:-not recovered}" "nothing"
}

# Scheduled while the server will be down, with a subscriber's webhook waiting for it.
python3 "$FL_TOOLS/webhook-sink.py" serve --port "$SINK_PORT" --log "$FL_WORK/sink.jsonl" --max-seconds 280 \
  >"$FL_WORK/sink.out" 2>&1 & FL_PIDS+=($!)
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Fault sink\",\"products\":[{\"languages\":[\"en\"],\"categories\":[\"politics\"],\"minUrgency\":\"normal\"}],\"earlyEmbargo\":false,\"requestsPerMinute\":600,\"webhook\":{\"url\":\"http://127.0.0.1:$SINK_PORT/hook\",\"format\":\"ninjs\"}}" \
  "$BASE/api/v1/subscribers" || fl_fail "could not create the webhook subscriber"

run_fault "connections killed" kill-conns 3
run_fault "server restart" restart
HEADLINE="Scheduled during the crash $(date +%s)"
SCHEDULED="$(fl_story "$BASE" "$TOKEN" "$HEADLINE")"
AT="$(date -u -d '+6 seconds' +%Y-%m-%dT%H:%M:%SZ)"
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"publishAt\":\"$AT\"}" "$BASE/api/v1/articles/$SCHEDULED/publish" || fl_fail "could not schedule story $SCHEDULED"
run_fault "crash, down 10 s" crash 10
run_fault "read-only 10 s (failover)" readonly 10
run_fault "blackhole 10 s (partition)" blackhole 10
run_fault "table lock 10 s (article)" lock 10 article

# The story due during the crash: published once, its change logged once, pushed once.
for _ in $(seq 1 30); do
  [ "$(fl_sql "SELECT count(*) FROM change_log WHERE article_id = $SCHEDULED AND kind = 'published'")" -ge 1 ] && break; sleep 1
done
published="$(fl_sql "SELECT count(*) FROM change_log WHERE article_id = $SCHEDULED AND kind = 'published'")"
for _ in $(seq 1 30); do grep -q "$HEADLINE" "$FL_WORK/sink.jsonl" 2>/dev/null && break; sleep 1; done
pushed="$(grep -c "$HEADLINE" "$FL_WORK/sink.jsonl" 2>/dev/null)"; pushed="${pushed:-0}"
[ "$published" = 1 ] || fl_fail "story $SCHEDULED due during the crash has $published 'published' changes (want 1)"
[ "$pushed" = 1 ] || fl_fail "story $SCHEDULED due during the crash was pushed $pushed times (want 1)"
fl_result "story scheduled inside the crash window" "published changes: $published, webhook deliveries: $pushed" "-" \
  "$([ "$published$pushed" = 11 ] && echo nothing || echo LOST/DUPLICATED)"

fl_log "$(grep -c 'ERROR' "$FL_WORK/a.log") ERROR lines in the node's log (see $FL_WORK/a.log)"
cat "$FL_WORK/results.md"
if [ "$FL_FAILED" = 0 ]; then echo "FAULTS PASS: every fault recovered within 30 s, nothing lost"; else
  echo "FAULTS FAIL: see above; logs in $FL_WORK"; exit 1; fi
