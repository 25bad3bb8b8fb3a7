#!/usr/bin/env bash
# bench/publish/run.sh [COUNT]: publish -> visible latency. Starts target/newsline.jar (page cache on, as in
# production) on a scratch NEWSLINE_HOME with the demo agency and an admin account, then publishes COUNT
# stories (default 50) through the newsroom API and prints, for the News Line page, the RSS feed and search,
# how long each story took to appear (median, p90). Not part of ./mvnw verify.
# To measure an instance that is already running instead: java bench/publish/PublishLatency.java BASE EMAIL PASSWORD [COUNT]
# (with NEWSLINE_TOTP_CODE=$(scripts/totp-code SECRET) if the account signs in with two-factor codes).
# Environment: NEWSLINE_HOME (default /tmp/newsline-publish-latency), NEWSLINE_PORT (default 18183).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
COUNT="${1:-50}"
export NEWSLINE_HOME="${NEWSLINE_HOME:-/tmp/newsline-publish-latency}" NEWSLINE_PORT="${NEWSLINE_PORT:-18183}"
export NEWSLINE_ADMIN_EMAIL=latency@bench.example NEWSLINE_ADMIN_PASSWORD=latency-bench-password
# The admin signs in with two-factor codes: enrolled with this secret on start; PublishLatency takes one token
# with the code in NEWSLINE_TOTP_CODE.
# The secret is kept beside the reused data, since the first one stays in force.
mkdir -p "$NEWSLINE_HOME"
[ -s "$NEWSLINE_HOME/admin.totp" ] || "$ROOT/scripts/totp-code" --new-secret >"$NEWSLINE_HOME/admin.totp"
export NEWSLINE_ADMIN_TOTP_SECRET="$(cat "$NEWSLINE_HOME/admin.totp")"
[ -f "$ROOT/target/newsline.jar" ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
JAR=$(mktemp --suffix=.jar)
cp "$ROOT/target/newsline.jar" "$JAR"
mkdir -p "$NEWSLINE_HOME"
java -Xmx512m -jar "$JAR" >"$NEWSLINE_HOME/app.log" 2>&1 &
APP=$!
cleanup() { kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null; rm -f "$JAR"; }
trap cleanup EXIT
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "http://127.0.0.1:$NEWSLINE_PORT/actuator/health" && break
  sleep 1
done
# The search index may still be building on a first start; wait until it answers.
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NEWSLINE_PORT/api/v1/search?q=news")" = 200 ] && break
  sleep 1
done
NEWSLINE_TOTP_CODE="$("$ROOT/scripts/totp-code" "$NEWSLINE_ADMIN_TOTP_SECRET")" \
  java "$ROOT/bench/publish/PublishLatency.java" "http://127.0.0.1:$NEWSLINE_PORT" \
  "$NEWSLINE_ADMIN_EMAIL" "$NEWSLINE_ADMIN_PASSWORD" "$COUNT"
