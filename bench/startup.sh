#!/usr/bin/env bash
# bench/startup.sh [RUNS]: time from the start command to the first answered page with an existing database,
# for `java -jar` and for scripts/newsline (the unpacked jar with its class-data-sharing archive).
# The first start (creating the database and the demo agency, or the launcher's archive) is not counted; then
# the site is started RUNS times (default 3) each way and each time the milliseconds until GET /en/ answers
# 200 are printed, with the "Started" line Spring logs. Environment: NEWSLINE_HOME (default
# /tmp/newsline-startup), NEWSLINE_PORT (default 18182), JAR (default target/newsline.jar).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-3}"
export NEWSLINE_HOME="${NEWSLINE_HOME:-/tmp/newsline-startup}" NEWSLINE_PORT="${NEWSLINE_PORT:-18182}"
JAR_COPY=$(mktemp --suffix=.jar)
cp "${JAR:-$ROOT/target/newsline.jar}" "$JAR_COPY"
APP=""
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null; rm -f "$JAR_COPY"; }
trap cleanup EXIT

start() {  # start [launcher]: sets APP and MS (milliseconds until the first page answered); fails after 120 s
  local begin=$(date +%s%N)
  if [ "${1:-}" = launcher ]; then
    NEWSLINE_JAR="$JAR_COPY" JAVA_OPTS=-Xmx512m "$ROOT/scripts/newsline" >"$NEWSLINE_HOME/startup.log" 2>&1 &
  else
    java -Xmx512m -jar "$JAR_COPY" >"$NEWSLINE_HOME/startup.log" 2>&1 &
  fi
  APP=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$NEWSLINE_PORT/en/"; then
      MS=$(( ($(date +%s%N) - begin) / 1000000 ))
      return 0
    fi
    sleep 0.1
  done
  echo "no answer within 120 s; see $NEWSLINE_HOME/startup.log" >&2
  return 1
}
stop() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""; }

mkdir -p "$NEWSLINE_HOME"
if [ ! -d "$NEWSLINE_HOME/pg" ]; then
  echo "first start: creating the database in $NEWSLINE_HOME (not counted)" >&2
  start
  sleep 5  # let the demo agency and the search index settle
  stop
fi
echo "first start through scripts/newsline: unpacking the jar and writing its class archive (not counted)" >&2
start launcher
stop
for way in java-jar launcher; do
  for run in $(seq 1 "$RUNS"); do
    start "$way"
    started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$NEWSLINE_HOME/startup.log" | head -1 || true)
    echo "$way run $run: first page after $MS ms ($started)"
    stop
  done
done
