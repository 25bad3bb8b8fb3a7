#!/usr/bin/env bash
# bench/startup.sh [RUNS]: time from `java -jar` to the first answered page with an existing database.
# The first start (creating the database and the demo agency) is not counted; then the site is started
# RUNS times (default 3) and each time the milliseconds until GET /en/ answers 200 are printed, with the
# "Started" line Spring logs. Environment: NEWSLINE_HOME (default /tmp/newsline-startup), NEWSLINE_PORT
# (default 18182), JAR (default target/newsline.jar).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-3}"
export NEWSLINE_HOME="${NEWSLINE_HOME:-/tmp/newsline-startup}" NEWSLINE_PORT="${NEWSLINE_PORT:-18182}"
JAR_COPY=$(mktemp --suffix=.jar)
cp "${JAR:-$ROOT/target/newsline.jar}" "$JAR_COPY"
APP=""
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null; rm -f "$JAR_COPY"; }
trap cleanup EXIT

start() {  # sets APP and MS: milliseconds until the first page answered; fails after 120 s
  local begin=$(date +%s%N)
  java -Xmx512m -jar "$JAR_COPY" >"$NEWSLINE_HOME/startup.log" 2>&1 &
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
for run in $(seq 1 "$RUNS"); do
  start
  started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$NEWSLINE_HOME/startup.log" | head -1 || true)
  echo "run $run: first page after $MS ms ($started)"
  stop
done
