#!/usr/bin/env bash
# Crash safety against a real PostgreSQL server (about 3 minutes):
#  1. kill -9 of a node in the middle of a loop of publishes: afterwards every story is either published
#     with its 'published' change-log row and, once a node follows the log again, one delivery per
#     subscriber, or not published at all (a publish is one transaction).
#  2. Two nodes on one database: a story scheduled for T is published once and pushed once to each of two
#     subscribers although one node is killed (kill -9) at T; webhook-sink.py judges the deliveries.
# Usage: scripts/faults/crash-safety.sh   (ports FAULTS_PORT, +10 for the second node; exit 1 on a finding)
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p "${FAULTS_TMP:-/tmp}"; FL_WORK="$(mktemp -d "${FAULTS_TMP:-/tmp}/nl-crash.XXXXXX")"; export FL_WORK
. scripts/faults/lib.sh
PORT_A="${FAULTS_PORT:-8186}"; PORT_B=$((PORT_A + 10)); A="http://127.0.0.1:$PORT_A"; B="http://127.0.0.1:$PORT_B"
SINK_PORT=$((PORT_A + 10001))
trap 'fl_cleanup' EXIT
export FL_DEMO=false
# These nodes serve no load: the JIT's first tier is enough, and on a busy machine it starts them sooner.
export FL_JAVA_OPTS="${FL_JAVA_OPTS--XX:TieredStopAtLevel=1}"

fl_install
[ -f target/newsline.jar ] || ./mvnw -B -q package -DskipTests
cp target/newsline.jar "$FL_WORK/newsline.jar"
fl_pg_start || exit 2
fl_app_start a "$PORT_A" || exit 2
TOKEN="$(fl_token "$A")" || exit 2
fl_results_begin "crash test"

python3 "$FL_TOOLS/webhook-sink.py" serve --port "$SINK_PORT" --log "$FL_WORK/sink.jsonl" --max-seconds 900 \
  >"$FL_WORK/sink.out" 2>&1 & FL_PIDS+=($!)
subscribe() { # subscribe NAME PATH -> subscriber id
  curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\",\"products\":[{\"languages\":[\"en\"],\"categories\":[\"politics\"],\"minUrgency\":\"normal\"}],\"earlyEmbargo\":false,\"requestsPerMinute\":6000,\"webhook\":{\"url\":\"http://127.0.0.1:$SINK_PORT/$2\",\"format\":\"ninjs\"}}" \
    "$A/api/v1/subscribers" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
# sink_ids HEADLINE_FORMAT K: for stories 1..K and each subscriber, how many distinct delivery ids it acknowledged.
sink_ids() {
  python3 - "$FL_WORK/sink.jsonl" "$1" "$2" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
out = []
for i in range(1, int(sys.argv[3]) + 1):
    headline = '"' + sys.argv[2] % i + '"'
    for path in ("/one", "/two"):
        ids = {r["id"] for r in recs if r["path"] == path and headline in r["body"] and 200 <= r["answered"] < 300}
        out.append(len(ids))
print(" ".join(map(str, out)))
PY
}
SUB1="$(subscribe "Crash sink one" one)"; SUB2="$(subscribe "Crash sink two" two)"
[ -n "$SUB1" ] && [ -n "$SUB2" ] || { fl_log "could not create subscribers"; exit 2; }

# ---- 1. kill -9 during a loop of publishes ----
N=60; IDS=()
for i in $(seq 1 $N); do IDS+=("$(fl_story "$A" "$TOKEN" "Crash publish $i $$")"); done
( for id in "${IDS[@]}"; do
    curl -s -o /dev/null -m 5 -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}' \
      "$A/api/v1/articles/$id/publish"
  done ) & LOOP=$!
LIST="$(IFS=,; echo "${IDS[*]}")"
# Killed once a third of them are out: the loop sends one publish after another, so one is in flight.
for _ in $(seq 1 200); do
  [ "$(fl_sql "SELECT count(*) FROM article WHERE id IN ($LIST) AND status = 'published'")" -ge $((N / 3)) ] && break
  sleep 0.1
done
kill -9 "$(cat "$FL_WORK/a.pid")"; t0=$(date +%s); fl_log "killed node a (kill -9) during the publish loop"
wait "$LOOP" 2>/dev/null
INCONSISTENT_SQL="SELECT count(*) FROM article a WHERE a.id IN ($LIST) AND (
    (a.status = 'published') <> EXISTS (SELECT 1 FROM change_log c WHERE c.article_id = a.id AND c.kind = 'published'))"
published="$(fl_sql "SELECT count(*) FROM article WHERE id IN ($LIST) AND status = 'published'")"
broken="$(fl_sql "$INCONSISTENT_SQL")"
fl_app_start a2 "$PORT_A" || exit 2
# Deliveries come from the change log: the restarted node resumes from its stored position.
for _ in $(seq 1 60); do
  undelivered="$(fl_sql "SELECT count(*) FROM article a CROSS JOIN (VALUES ($SUB1), ($SUB2)) s(id)
      WHERE a.id IN ($LIST) AND a.status = 'published' AND NOT EXISTS (SELECT 1 FROM wire_delivery d
      WHERE d.article_id = a.id AND d.subscriber_id = s.id AND d.kind = 'published' AND d.status = 'delivered')")"
  [ "$undelivered" = 0 ] && break; sleep 1
done
recovered=$(( $(date +%s) - t0 ))
twice="$(fl_sql "SELECT count(*) FROM (SELECT article_id FROM change_log WHERE article_id IN ($LIST) AND kind = 'published'
    GROUP BY article_id HAVING count(*) > 1) x")"
drafts="$(fl_sql "SELECT count(*) FROM article WHERE id IN ($LIST) AND status = 'draft'")"
sleep 2   # a push sent twice under two delivery ids would arrive now
pushes="$(sink_ids "Crash publish %d $$" "$N")"
doubled="$(echo "$pushes" | tr ' ' '\n' | awk '$1 > 1' | wc -l)"
received="$(echo "$pushes" | tr ' ' '\n' | awk '{n += $1} END {print n + 0}')"
[ "$broken" = 0 ] || fl_fail "$broken stories published without their change-log row or the reverse"
[ $((published + drafts)) = "$N" ] || fl_fail "$((N - published - drafts)) stories neither published nor drafts"
[ "$undelivered" = 0 ] || fl_fail "$undelivered published stories never delivered to a subscriber"
[ "$twice" = 0 ] || fl_fail "$twice stories logged as published twice"
[ "$doubled" = 0 ] || fl_fail "$doubled stories reached a subscriber under two delivery ids"
[ "$received" = $((2 * published)) ] || fl_fail "the subscribers acknowledged $received pushes for $published published stories"
fl_result "kill -9 during a publish loop ($N stories, 2 subscribers)" \
  "$published published before the kill, $drafts stayed drafts; inconsistent: $broken; logged twice: $twice; undelivered after restart: $undelivered; pushes acknowledged: $received, under two ids: $doubled" \
  "node restarted, all delivered ${recovered} s after the kill" "$([ "$broken$undelivered$twice$doubled" = 0000 ] && echo nothing || echo YES)"

# ---- 2. two nodes, one killed at the scheduled time ----
fl_app_start b "$PORT_B" || exit 2
K=5; SCHED=()
for i in $(seq 1 $K); do SCHED+=("$(fl_story "$A" "$TOKEN" "Scheduled two nodes $i $$")"); done
# T is chosen once the drafts exist, so a slow machine cannot let it pass before the stories are scheduled.
AT_EPOCH=$(( $(date +%s) + 15 )); AT="$(date -u -d "@$AT_EPOCH" +%Y-%m-%dT%H:%M:%SZ)"
for id in "${SCHED[@]}"; do
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"publishAt\":\"$AT\"}" "$A/api/v1/articles/$id/publish" || fl_fail "could not schedule $id"
done
[ "$(date +%s)" -lt "$AT_EPOCH" ] || fl_fail "T ($AT) passed before the $K stories were scheduled"
fl_log "scheduled $K stories for $AT on both nodes; waiting"
while [ "$(date +%s)" -lt "$AT_EPOCH" ]; do sleep 0.2; done
sleep 0.3; kill -9 "$(cat "$FL_WORK/a2.pid")"; fl_log "killed node a2 (kill -9) at T"
SLIST="$(IFS=,; echo "${SCHED[*]}")"
for _ in $(seq 1 60); do
  done_n="$(fl_sql "SELECT count(DISTINCT d.article_id::text || '/' || d.subscriber_id) FROM wire_delivery d
      WHERE d.article_id IN ($SLIST) AND d.kind = 'published' AND d.status = 'delivered'")"
  [ "$done_n" = $((K * 2)) ] && break; sleep 1
done
logged="$(fl_sql "SELECT count(*) FROM change_log WHERE article_id IN ($SLIST) AND kind = 'published'")"
per_sub="$(sink_ids "Scheduled two nodes %d $$" "$K")"
summary="$(python3 "$FL_TOOLS/webhook-sink.py" summary --log "$FL_WORK/sink.jsonl" 2>/dev/null | tail -1)"
[ "$logged" = "$K" ] || fl_fail "two nodes: $logged 'published' rows for $K scheduled stories"
for n in $per_sub; do [ "$n" = 1 ] || { fl_fail "two nodes: a subscriber got a story $n times (distinct delivery ids: $per_sub)"; break; }; done
case "$summary" in "WEBHOOK PASS"*) ;; *) fl_fail "webhook sink: $summary";; esac
fl_result "two nodes, one killed at T ($K stories, 2 subscribers)" \
  "published rows: $logged; distinct deliveries per story and subscriber: $per_sub; $summary" "node b carried on" \
  "$([ "$FL_FAILED" = 0 ] && echo nothing || echo YES)"

{ echo; echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"; } >>"$FL_WORK/results.md"
cat "$FL_WORK/results.md"
if [ "$FL_FAILED" = 0 ]; then echo "CRASH PASS: nothing half-published, nothing lost, nothing doubled"; else
  echo "CRASH FAIL: logs in $FL_WORK"; exit 1; fi
